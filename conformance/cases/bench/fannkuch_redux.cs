// bench/fannkuch_redux: fannkuch-redux for n = 7, written from the problem statement:
// generate all permutations in the standard counting order, count pancake flips for each,
// keep the maximum and the alternating-sign checksum. Known results: checksum 228,
// Pfannkuchen(7) = 16.
using System;
using System.Globalization;

static class Program
{
    static (int checksum, int maxFlips) Fannkuch(int n)
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
                if (r == n) return (checksum, maxFlips);
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

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var (checksum, maxFlips) = Fannkuch(7);
        Console.WriteLine(checksum);
        Console.WriteLine("Pfannkuchen(7) = " + maxFlips);
        var small = Fannkuch(5);
        Console.WriteLine("n=5: checksum " + small.checksum + ", max flips " + small.maxFlips);
        if (checksum != 228 || maxFlips != 16) return 1;
        if (small.checksum != 11 || small.maxFlips != 7) return 2;
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
