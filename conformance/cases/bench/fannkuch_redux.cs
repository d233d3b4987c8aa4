// bench/fannkuch_redux: fannkuch-redux for n = 7, written from the problem statement:
// generate all permutations in the standard counting order, count pancake flips for each,
// keep the maximum and the alternating-sign checksum. Known results: checksum 228,
// Pfannkuchen(7) = 16.
// An optional argument sets n (3..12, else exit code 64; `run-bench` uses it for its scaled
// table). The checksum has no closed form, so for other n it is printed, not checked; what
// is checked for every n is that exactly n! permutations were visited and that the maximum
// equals the published Pfannkuchen(n) (OEIS A000375) for n <= 12. The n = 5 run always
// follows.
using System;
using System.Globalization;

static class Program
{
    // Published maximum flip counts Pfannkuchen(n), n = 0..12 (OEIS A000375; 0 for n < 2).
    static readonly int[] KnownMaxFlips = { 0, 0, 1, 2, 4, 7, 10, 16, 22, 30, 38, 51, 65 };

    static (int checksum, int maxFlips, long permutations) Fannkuch(int n)
    {
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int maxFlips = 0, checksum = 0, permCount = 0, r = n;
        while (true)
        {
            while (r != 1) { count[r - 1] = r; r--; }
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0)
            {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++) { int t = perm[i]; perm[i] = perm[k - i]; perm[k - i] = t; }
                flips++;
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += (permCount % 2 == 0) ? flips : -flips;
            while (true)
            {
                if (r == n) return (checksum, maxFlips, permCount + 1L);
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = perm0;
                count[r]--;
                if (count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }

    static long Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);

    static int Main(string[] args)
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int n = 7;
        if (args.Length > 0 && !(int.TryParse(args[0], out n) && n >= 3 && n <= 12))
        {
            Console.Error.WriteLine("usage: fannkuch_redux [n, 3..12]");
            return 64;
        }
        var (checksum, maxFlips, permutations) = Fannkuch(n);
        Console.WriteLine(checksum);
        Console.WriteLine("Pfannkuchen(" + n + ") = " + maxFlips);
        var small = Fannkuch(5);
        Console.WriteLine("n=5: checksum " + small.checksum + ", max flips " + small.maxFlips);
        if (n == 7 && (checksum != 228 || maxFlips != 16)) return 1;
        if (permutations != Factorial(n) || maxFlips != KnownMaxFlips[n]) return 1;
        if (small.checksum != 11 || small.maxFlips != 7 || small.permutations != 120) return 2;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
228
Pfannkuchen(7) = 16
n=5: checksum 11, max flips 7
PASS
--- stderr
*/
