extern alias bcl;
// Differential tests: Int128/UInt128 arithmetic and formatting against the BCL.
using System;

static partial class DiffTest
{
    static void Int128Tests()
    {
        var rng = new bcl::System.Random(128);
        ulong R64() => (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40) ^ (rng.Next(4) == 0 ? 0 : 0x8000000000000000UL);
        ulong Pick() => rng.Next(5) switch { 0 => 0, 1 => (ulong)rng.Next(100), 2 => ulong.MaxValue, 3 => R64() >> rng.Next(64), _ => R64() };
        for (int i = 0; i < Scale(20000); i++)
        {
            ulong ah = Pick(), al = Pick(), bh = Pick(), bl = Pick();
            int sh = rng.Next(140);
            var a = new System.Int128(ah, al); var b = new System.Int128(bh, bl);
            var A = new bcl::System.Int128(ah, al); var B = new bcl::System.Int128(bh, bl);
            string m = a + "|" + (a + b) + "|" + (a - b) + "|" + (a * b) + "|" + Try(() => (a / b).ToString()) + "|" + Try(() => (a % b).ToString()) + "|" + (a << sh) + "|" + (a >> sh) + "|" + (a >>> sh) + "|" + (a < b) + (a == b) + "|" + a.ToString("X") + "|" + ((double)a).ToString("R") + "|" + (long)a + "|" + Try(() => checked((int)a).ToString());
            string r = A + "|" + (A + B) + "|" + (A - B) + "|" + (A * B) + "|" + Try(() => (A / B).ToString()) + "|" + Try(() => (A % B).ToString()) + "|" + (A << sh) + "|" + (A >> sh) + "|" + (A >>> sh) + "|" + (A < B) + (A == B) + "|" + A.ToString("X") + "|" + ((double)A).ToString("R") + "|" + (long)A + "|" + Try(() => checked((int)A).ToString());
            Check("Int128 " + ah + "," + al + " " + bh + "," + bl + " sh " + sh, r, m);
            var ua = new System.UInt128(ah, al); var ub = new System.UInt128(bh, bl);
            var UA = new bcl::System.UInt128(ah, al); var UB = new bcl::System.UInt128(bh, bl);
            string um = ua + "|" + (ua + ub) + "|" + (ua - ub) + "|" + (ua * ub) + "|" + Try(() => (ua / ub).ToString()) + "|" + Try(() => (ua % ub).ToString()) + "|" + (ua >> sh) + "|" + (ua < ub) + "|" + ((double)ua).ToString("R") + "|" + (ulong)ua + "|" + ((float)ua).ToString("R") + "|" + ((float)a).ToString("R");
            string ur = UA + "|" + (UA + UB) + "|" + (UA - UB) + "|" + (UA * UB) + "|" + Try(() => (UA / UB).ToString()) + "|" + Try(() => (UA % UB).ToString()) + "|" + (UA >> sh) + "|" + (UA < UB) + "|" + ((double)UA).ToString("R") + "|" + (ulong)UA + "|" + ((float)UA).ToString("R") + "|" + ((float)A).ToString("R");
            Check("UInt128 " + ah + "," + al + " " + bh + "," + bl, ur, um);
            double d = (rng.NextDouble() - 0.5) * Math.Pow(2, rng.Next(0, 127));
            Check("Int128 from double " + d.ToString("R"), ((bcl::System.Int128)d).ToString(), ((System.Int128)d).ToString());
            Check("UInt128 from double " + d.ToString("R"), ((bcl::System.UInt128)Math.Abs(d)).ToString(), ((System.UInt128)Math.Abs(d)).ToString());
        }
        Check("Int128 parse", bcl::System.Int128.Parse("-170141183460469231731687303715884105728").ToString(), System.Int128.Parse("-170141183460469231731687303715884105728").ToString());
    }
}
