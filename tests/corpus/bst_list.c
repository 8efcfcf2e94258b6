/* Pointer-based data structures: singly linked list (build, reverse,
 * merge sort), binary search tree (insert, delete, in-order walk, height),
 * and a hash map with chaining. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int v; struct node *next; };
struct tree { int key, count; struct tree *l, *r; };

static unsigned seed = 99;
static int rnd(int m) { seed = seed * 1103515245u + 12345u; return (int)((seed >> 16) % (unsigned)m); }

static struct node *push(struct node *h, int v) { struct node *n = malloc(sizeof *n); n->v = v; n->next = h; return n; }
static struct node *reverse(struct node *h)
{
    struct node *p = NULL;
    while (h) { struct node *n = h->next; h->next = p; p = h; h = n; }
    return p;
}
static struct node *merge(struct node *a, struct node *b)
{
    struct node head, *t = &head;
    while (a && b) {
        if (a->v <= b->v) { t->next = a; a = a->next; } else { t->next = b; b = b->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return head.next;
}
static struct node *msort(struct node *h)
{
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *b = slow->next;
    slow->next = NULL;
    return merge(msort(h), msort(b));
}

static struct tree *insert(struct tree *t, int k)
{
    if (!t) { t = calloc(1, sizeof *t); t->key = k; t->count = 1; return t; }
    if (k < t->key) t->l = insert(t->l, k);
    else if (k > t->key) t->r = insert(t->r, k);
    else t->count++;
    return t;
}
static struct tree *delete(struct tree *t, int k)
{
    if (!t) return NULL;
    if (k < t->key) t->l = delete(t->l, k);
    else if (k > t->key) t->r = delete(t->r, k);
    else {
        if (!t->l || !t->r) { struct tree *c = t->l ? t->l : t->r; free(t); return c; }
        struct tree *m = t->r;
        while (m->l) m = m->l;
        t->key = m->key;
        t->count = m->count;
        m->count = 1;
        t->r = delete(t->r, m->key);
    }
    return t;
}
static int height(const struct tree *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static long walk(const struct tree *t, int *n, int print)
{
    if (!t) return 0;
    long s = walk(t->l, n, print);
    if (print && (*n)++ % 25 == 0) printf(" %d(%d)", t->key, t->count);
    return s + (long)t->key * t->count + walk(t->r, n, print);
}
static void free_tree(struct tree *t) { if (t) { free_tree(t->l); free_tree(t->r); free(t); } }

struct entry { char key[16]; int val; struct entry *next; };

int main(void)
{
    struct node *h = NULL;
    for (int i = 0; i < 2000; i++) h = push(h, rnd(10000));
    h = reverse(h);
    printf("first after reverse=%d\n", h->v);
    h = msort(h);
    long s = 0;
    int i = 0, ok = 1;
    for (struct node *p = h; p; p = p->next, i++) {
        s += (long)p->v * (i % 7);
        if (p->next && p->v > p->next->v) ok = 0;
        if (i % 200 == 0) printf("list[%d]=%d\n", i, p->v);
    }
    printf("sorted=%d weighted sum=%ld\n", ok, s);
    while (h) { struct node *n = h->next; free(h); h = n; }

    struct tree *t = NULL;
    for (int k = 0; k < 3000; k++) t = insert(t, rnd(1500));
    int n = 0;
    printf("tree height=%d\n", height(t));
    printf("walk:");
    long ws = walk(t, &n, 1);
    printf("\nnodes=%d sum=%ld\n", n, ws);
    for (int k = 0; k < 1500; k += 3) t = delete(t, k);
    n = 0;
    ws = walk(t, &n, 0);
    printf("after delete nodes=%d sum=%ld height=%d\n", n, ws, height(t));
    free_tree(t);

    enum { B = 64 };
    struct entry *tab[B] = {0};
    for (int k = 0; k < 1000; k++) {
        char key[16];
        snprintf(key, sizeof key, "k%d", rnd(400));
        unsigned hsh = 5381;
        for (char *c = key; *c; c++) hsh = hsh * 33 + (unsigned char)*c;
        struct entry *e = tab[hsh % B];
        while (e && strcmp(e->key, key)) e = e->next;
        if (!e) { e = calloc(1, sizeof *e); strcpy(e->key, key); e->next = tab[hsh % B]; tab[hsh % B] = e; }
        e->val++;
    }
    int distinct = 0, maxchain = 0, maxval = 0;
    for (int b = 0; b < B; b++) {
        int len = 0;
        for (struct entry *e = tab[b]; e; e = e->next) { len++; distinct++; if (e->val > maxval) maxval = e->val; }
        if (len > maxchain) maxchain = len;
        printf("%d%c", len, b % 32 == 31 ? '\n' : ' ');
    }
    printf("distinct=%d maxchain=%d maxval=%d\n", distinct, maxchain, maxval);
    return 0;
}
