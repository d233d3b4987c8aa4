// bench/mandelbrot_checksum: the Mandelbrot set on a 200 x 200 grid over [-1.5, 0.5] x
// [-1, 1], 50 iterations with escape |z|^2 > 4, packed 8 pixels per byte (high bit first)
// like the PBM output of the classic benchmark; instead of the bitmap it prints the number of
// points in the set and an FNV-1a hash of the packed bytes, checked against values
// computed independently (Python, same IEEE double operations in the same order).
// An optional argument sets the grid size N (8..20000, else exit code 64; `run-bench` uses
// it for its scaled table). Count and hash are checked only for N = 200; for every N, after
// the whole grid is computed, every pixel whose point lies inside the main cardioid or the
// period-2 bulb (in the set, by a closed-form test) must have been found inside.
using System;
using System.Globalization;

static class Program
{
    static int Main(string[] args)
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int N = 200;
        if (args.Length > 0 && !(int.TryParse(args[0], out N) && N >= 8 && N <= 20000))
        {
            Console.Error.WriteLine("usage: mandelbrot_checksum [grid size, 8..20000]");
            return 64;
        }
        int bytesPerRow = (N + 7) / 8;
        byte[] bits = new byte[bytesPerRow * N];
        int inside = 0;
        for (int py = 0; py < N; py++)
        {
            double ci = 2.0 * py / N - 1.0;
            for (int px = 0; px < N; px++)
            {
                double cr = 2.0 * px / N - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                int i = 0;
                for (; i < 50 && tr + ti <= 4.0; i++)
                {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                }
                if (tr + ti <= 4.0)
                {
                    inside++;
                    bits[py * bytesPerRow + (px >> 3)] |= (byte)(0x80 >> (px & 7));
                }
            }
        }
        uint h = 2166136261;
        foreach (byte b in bits) { h ^= b; h *= 16777619; }
        Console.WriteLine("P4 " + N + " " + N + " (" + bits.Length + " bytes)");
        Console.WriteLine("points in set: " + inside);
        Console.WriteLine("fnv1a: " + h.ToString("X8"));
        if (N == 200 && (inside != EXPECTED_INSIDE || h != EXPECTED_HASH)) return 1;
        if (MissedKnownInside(bits, N, bytesPerRow) != 0) return 3;
        Console.WriteLine("PASS");
        return 100;
    }

    // Pixels whose point is in the main cardioid or the period-2 bulb but whose bit is clear.
    static int MissedKnownInside(byte[] bits, int N, int bytesPerRow)
    {
        int missed = 0;
        for (int py = 0; py < N; py++)
        {
            double ci = 2.0 * py / N - 1.0;
            for (int px = 0; px < N; px++)
            {
                double cr = 2.0 * px / N - 1.5;
                double xq = cr - 0.25, q = xq * xq + ci * ci;
                bool cardioid = q * (q + xq) < 0.25 * ci * ci;
                bool bulb = (cr + 1) * (cr + 1) + ci * ci < 0.0625;
                if ((cardioid || bulb) && (bits[py * bytesPerRow + (px >> 3)] & (0x80 >> (px & 7))) == 0) missed++;
            }
        }
        return missed;
    }

    const int EXPECTED_INSIDE = 15899;
    const uint EXPECTED_HASH = 0xCBCCCF95;
}
/* EXPECT
exit: 100
--- stdout
P4 200 200 (5000 bytes)
points in set: 15899
fnv1a: CBCCCF95
PASS
--- stderr
*/
