# A dash session: pipelines, command substitution, subshells, functions,
# and the text tools of coreutils, sed, grep, gawk, compressors and lua.
set -u
greet() { echo "hello, $1"; return 3; }
greet world; echo "status $?"
x=$(echo sub | tr a-z A-Z); echo "x=$x"
( cd /; pwd ); basename "$(pwd)"
printf '%s\n' b a c a b a | sort | uniq -c | sort -rn
seq 1 200 | wc -l
seq 1 10 | paste -sd+ -
seq 1 10 | gawk '{s+=$1} END {print s}'
echo "one two three" | gawk '{ for (i = NF; i > 0; i--) printf "%s ", $i; print "" }'
printf 'alpha\nbeta\ngamma\n' > words.txt
sed -n '2p' words.txt
sed 's/a/A/g' words.txt | tr '\n' ' '; echo
grep -c a words.txt
grep -n '^g' words.txt
cat words.txt | head -2 | tail -1
md5sum words.txt
sha256sum words.txt | cut -c1-16
wc -c < words.txt
printf 'a:b:c\n' | cut -d: -f2
seq 1 1000 > nums.txt
bzip2 -c nums.txt > nums.bz2 && bzip2 -dc nums.bz2 | md5sum
xz -c nums.txt > nums.xz && xz -dc nums.xz | tail -1
xz -l nums.xz >/dev/null 2>&1; echo "xz list $?"
bzip2 -dc nums.bz2 | tail -1 | grep -q 1000 && echo same
expr 6 \* 7
test -f words.txt && echo exists
for f in words.txt nums.txt missing.txt; do [ -e "$f" ] && echo "have $f" || echo "no $f"; done
i=0; while [ $i -lt 5 ]; do i=$((i+1)); done; echo "i=$i"
case "abc" in a*) echo starts-a;; *) echo other;; esac
ls -1 | sort
echo "$(echo nested $(echo deeper))"
sleep 0; echo slept
false || echo "false failed"
sh -c 'exit 5'; echo "child $?"
{ echo grouped; echo out; } | wc -l
gawk 'BEGIN { n = split("a,b,c", p, ","); for (i = 1; i <= n; i++) print i, p[i] }'
gawk 'BEGIN { printf "%05.2f|%x|%s\n", 3.14159, 255, toupper("gawk") }'
echo "2 3" | gawk '{ print $1 ^ $2, sqrt(16) }'
sed -e '1i\
first' -e '$a\
last' words.txt
tac words.txt | nl
sort -t, -k2n <<EOT
x,3
y,1
z,2
EOT
od -An -tx1 words.txt | head -1
basename /usr/bin/env; dirname /usr/bin/env
trap 'echo trapped' EXIT
echo "$((1 << 10)) $((17 % 5))"
lua5.4 -e 'local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * i) end end)
print(co(), co(), co())
print(("key=value; other=thing"):gsub("(%w+)=(%w+)", "%2=%1"))
print(string.format("%q %d", "lua", #"pattern"))
for w in string.gmatch("the quick brown fox", "%a+") do io.write(w:upper(), " ") end print()'
echo stderr-line >&2
ls missing-file
exit 4
