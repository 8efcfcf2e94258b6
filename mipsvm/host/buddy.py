"""Buddy allocator of simulated physical memory (16 KB frames).

Like Linux's page allocator, free memory is kept as power-of-two blocks of
frames ("orders"): order 0 is one 16 KB frame, order 11 is 2048 frames = 32 MB,
the PMD huge-page size. A block of order n is aligned to its own size, so every
order-11 block is 32 MB aligned, as a huge PMD needs. Allocating splits the
smallest free block that fits; freeing merges a block with its buddy (the
other half of the next-larger block) as long as the buddy is free too.

Determinism: among free blocks of one order the lowest address is used first,
so the same sequence of calls gives the same physical addresses every run.

Free memory is always zero: a block is zeroed (``core.phys_zero``, which hands
whole host pages back to the host) when it is freed, so an allocation never
needs to clear memory. Fresh simulated memory is zero to begin with.
"""

from __future__ import annotations

import heapq

from . import errors as errno
from .errors import GuestError
from .pgtable import HUGETLB_PAGE_ORDER, PAGE_SHIFT, PAGE_SIZE

MAX_ORDER = HUGETLB_PAGE_ORDER   # 2^11 frames = 32 MB = one PMD huge page


class BuddyAllocator:
    """Physical frames in [base, limit) managed by order (0 .. max_order).

    ``alloc()``/``release(pa)`` serve single frames (the old FrameAllocator
    API); ``alloc_order(n)``/``free_order(pa, n)`` serve aligned blocks of
    2^n frames. ``split_block(pa, n)`` turns an allocated block into 2^n
    separately allocated frames (what splitting a huge page needs)."""

    def __init__(self, core, base: int = 1 << 20, limit: int | None = None, max_order: int = MAX_ORDER):
        self.core = core
        self.max_order = max_order
        self.base = (base + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1)
        lim = core.mem_size if limit is None else min(limit, core.mem_size)
        self.limit = lim & ~(PAGE_SIZE - 1)
        self.total_frames = max(0, (self.limit - self.base) >> PAGE_SHIFT)
        self._free: list[set[int]] = [set() for _ in range(max_order + 1)]
        self._heap: list[list[int]] = [[] for _ in range(max_order + 1)]
        self._allocated: dict[int, int] = {}      # block head PA -> order
        self.refs: dict[int, int] = {}            # frame PA -> mappers, for frames fork shares (>= 2)
        # pins: frames someone outside the owner's page tables maps (KVM's GPA table holds each frame
        # it maps): a block freed while a frame of it is pinned stays allocated until the last unpin
        self.pins: dict[int, int] = {}            # frame PA -> pins
        self._big_pins: dict[int, int] = {}       # huge block head -> pins
        self._deferred: dict[int, int] = {}       # block head -> order, freed when its pins are gone
        self.deferred_frees = 0
        self.in_use = 0                           # frames allocated
        # counters (like /proc/vmstat's buddy-related lines)
        self.splits = 0                           # a free block halved to serve a smaller request
        self.merges = 0                           # a freed block merged with its buddy
        self.failed = [0] * (max_order + 1)       # allocation failures by order
        # Carve [base, limit) into the largest aligned blocks that fit.
        pa = self.base
        while pa < self.limit:
            order = max_order
            while order > 0 and ((pa >> PAGE_SHIFT) & ((1 << order) - 1) or pa + (PAGE_SIZE << order) > self.limit):
                order -= 1
            self._push(pa, order)
            pa += PAGE_SIZE << order

    # ---- free lists: a set for membership, a heap for "lowest address first" ----
    def _push(self, pa: int, order: int) -> None:
        self._free[order].add(pa)
        heapq.heappush(self._heap[order], pa)

    def _pop_lowest(self, order: int) -> int | None:
        free, heap = self._free[order], self._heap[order]
        while heap:
            pa = heapq.heappop(heap)
            if pa in free:          # entries of merged-away blocks are stale
                free.remove(pa)
                return pa
        return None

    def _remove(self, pa: int, order: int) -> None:
        self._free[order].discard(pa)       # its heap entry goes stale
        heap = self._heap[order]
        if len(heap) > 64 and len(heap) > 4 * len(self._free[order]):
            self._heap[order] = sorted(self._free[order])   # a sorted list is a heap

    # ---- allocation ----
    def try_alloc_order(self, order: int) -> int | None:
        """A 2^order-frame block aligned to its size, or None."""
        if not 0 <= order <= self.max_order:
            raise ValueError(f"order {order} outside 0..{self.max_order}")
        o = order
        while o <= self.max_order and not self._free[o]:
            o += 1
        if o > self.max_order:
            self.failed[order] += 1
            return None
        pa = self._pop_lowest(o)
        while o > order:                    # keep the low half, free the high half
            o -= 1
            self._push(pa + (PAGE_SIZE << o), o)
            self.splits += 1
        self._allocated[pa] = order
        self.in_use += 1 << order
        return pa

    def alloc_order(self, order: int) -> int:
        pa = self.try_alloc_order(order)
        if pa is None:
            raise GuestError(errno.ENOMEM)
        return pa

    def alloc(self) -> int:
        return self.alloc_order(0)

    def _pinned(self, pa: int, order: int) -> bool:
        """Whether a frame of the block [pa, +2^order frames) is pinned."""
        small, big = self.pins, self._big_pins
        if not small and not big:
            return False
        span = PAGE_SIZE << self.max_order
        if (pa & ~(span - 1)) in big:
            return True
        if order == 0:
            return pa in small
        return any(p in small for p in range(pa, pa + (PAGE_SIZE << order), PAGE_SIZE))

    def pin(self, pa: int, order: int = 0) -> None:
        """Frames mapped from outside their owner (get_page; KVM's GPA table):
        a free of their block waits for unpin. order 0: one frame; max_order:
        the aligned huge block at pa."""
        pins = self.pins if order == 0 else self._big_pins
        pins[pa] = pins.get(pa, 0) + 1

    def unpin(self, pa: int, order: int = 0) -> None:
        """put_page of a pin: a block whose free waited for it is freed now."""
        pins = self.pins if order == 0 else self._big_pins
        n = pins[pa] - 1
        if n:
            pins[pa] = n
            return
        del pins[pa]
        span = PAGE_SIZE << self.max_order
        heads = {pa} if order == 0 else set(range(pa, pa + span, PAGE_SIZE))
        heads.add(pa & ~(span - 1))
        for head in heads & self._deferred.keys():
            o = self._deferred[head]
            if not self._pinned(head, o):
                del self._deferred[head]
                self._free_now(head, o)

    def free_order(self, pa: int, order: int) -> None:
        if self._allocated.get(pa) != order:
            raise ValueError(f"free of {pa:#x} order {order}: allocated as {self._allocated.get(pa)}")
        if self._pinned(pa, order):
            del self._allocated[pa]
            self._deferred[pa] = order            # still in use: freed by the last unpin
            self.deferred_frees += 1
            return
        del self._allocated[pa]
        self._free_now(pa, order)

    def _free_now(self, pa: int, order: int) -> None:
        self.core.phys_zero(pa, PAGE_SIZE << order)
        self.in_use -= 1 << order
        while order < self.max_order:
            buddy = pa ^ (PAGE_SIZE << order)
            if buddy not in self._free[order]:
                break
            self._remove(buddy, order)
            pa = min(pa, buddy)
            order += 1
            self.merges += 1
        self._push(pa, order)

    def release(self, pa: int) -> None:
        self.free_order(pa, 0)

    def split_block(self, pa: int, order: int) -> None:
        """An allocated 2^order block becomes 2^order allocated single frames
        (the frames of a split huge page, each freed on its own later)."""
        if self._allocated.get(pa) != order:
            raise ValueError(f"split of {pa:#x} order {order}: allocated as {self._allocated.get(pa)}")
        for i in range(1 << order):
            self._allocated[pa + (i << PAGE_SHIFT)] = 0

    def order_of(self, pa: int) -> int | None:
        """Order of the allocated block starting at pa (None if not a block head)."""
        return self._allocated.get(pa)

    def is_free(self, pa: int) -> bool:
        """Whether the frame at pa lies in a free block."""
        for order in range(self.max_order + 1):
            if (pa & ~((PAGE_SIZE << order) - 1)) in self._free[order]:
                return True
        return False

    # ---- statistics ----
    @property
    def free_frames(self) -> int:
        return self.total_frames - self.in_use

    def free_blocks(self) -> list[int]:
        """Free blocks per order, like one line of /proc/buddyinfo."""
        return [len(s) for s in self._free]

    def stats(self) -> dict:
        blocks = self.free_blocks()
        free = self.free_frames
        huge_free = sum(n << o for o, n in enumerate(blocks) if o >= self.max_order)
        return {
            "frames_total": self.total_frames,
            "frames_in_use": self.in_use,
            "frames_free": free,
            "free_blocks": blocks,
            "free_huge_blocks": blocks[self.max_order],
            # Linux's "unusable free space index" for the largest order: the share
            # of free memory that cannot serve a 32 MB request (0 = none wasted).
            "unusable_index_huge": 0.0 if free == 0 else 1.0 - huge_free / free,
            "splits": self.splits,
            "merges": self.merges,
            "failed": list(self.failed),
        }
