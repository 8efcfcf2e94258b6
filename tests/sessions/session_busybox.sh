# A busybox sh session: the shell and applets of busybox-static.
greet() { echo "hi $1"; }
greet busybox
v=$(busybox echo captured); echo "v=$v"
(echo sub; exit 2); echo "subshell $?"
busybox seq 1 5 | busybox tr '\n' ' '; echo
printf 'z\ny\nx\ny\n' | busybox sort | busybox uniq
busybox printf '%s-%s\n' a b
echo "a b c" | busybox awk '{ print NF, $2 }'
echo hello | busybox sed 's/l/L/g'
busybox seq 1 100 | busybox grep -c 7
echo data > f.txt; busybox md5sum f.txt
busybox wc -l f.txt
busybox basename /a/b/c.txt .txt
busybox expr 3 + 4
n=0; for i in 1 2 3 4; do n=$((n + i)); done; echo "n=$n"
busybox echo done | busybox cat
busybox false; echo "false $?"
busybox test 3 -gt 2 && echo bigger
echo oops >&2
exit 6
