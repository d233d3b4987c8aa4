extern alias bcl;
// Differential tests: System.Decimal arithmetic, rounding, conversions, formatting and parsing against the BCL.
using System;
using System.Globalization;
using MyDec = System.Decimal;
using BclDec = bcl::System.Decimal;

static partial class DiffTest
{
    static string Bits(int[] b) => string.Join(",", b);

    static void DecimalTests()
    {
        var inv = CultureInfo.InvariantCulture;
        var rng = new bcl::System.Random(1234);
        int[] RandomBits()
        {
            int kind = rng.Next(6);
            int lo = rng.Next(int.MinValue, int.MaxValue), mid = kind < 2 ? 0 : rng.Next(int.MinValue, int.MaxValue), hi = kind < 4 ? 0 : rng.Next(int.MinValue, int.MaxValue);
            if (kind == 0) lo = rng.Next(0, 1000);
            int scale = rng.Next(kind == 5 ? 29 : 8);
            bool neg = rng.Next(2) == 0;
            return new[] { lo, mid, hi, (scale << 16) | (neg ? int.MinValue : 0) };
        }
        string[] fmts = { "", "G", "F2", "N3", "E4", "P1", "C", "G5", "0.00", "#,##0.###", "F0" };
        for (int i = 0; i < Scale(20000); i++)
        {
            int[] ab = RandomBits(), bb = RandomBits();
            var a = new MyDec(ab); var b = new MyDec(bb);
            var A = new BclDec(ab); var B = new BclDec(bb);
            string m = Try(() => Bits(MyDec.GetBits(a + b))) + "|" + Try(() => Bits(MyDec.GetBits(a - b))) + "|" + Try(() => Bits(MyDec.GetBits(a * b))) + "|" + Try(() => Bits(MyDec.GetBits(a / b))) + "|" + Try(() => Bits(MyDec.GetBits(a % b)))
                + "|" + MyDec.Compare(a, b) + (a == b) + "|" + Bits(MyDec.GetBits(MyDec.Round(a, i % 5))) + Bits(MyDec.GetBits(MyDec.Round(a, 1, MidpointRounding.AwayFromZero))) + Bits(MyDec.GetBits(MyDec.Floor(a))) + Bits(MyDec.GetBits(MyDec.Ceiling(a)))
                + "|" + a.ToString(fmts[i % fmts.Length], inv) + "|" + ((double)a).ToString("R", inv) + "|" + Try(() => ((long)a).ToString()) + "|" + Try(() => ((int)a).ToString());
            string r = Try(() => Bits(BclDec.GetBits(A + B))) + "|" + Try(() => Bits(BclDec.GetBits(A - B))) + "|" + Try(() => Bits(BclDec.GetBits(A * B))) + "|" + Try(() => Bits(BclDec.GetBits(A / B))) + "|" + Try(() => Bits(BclDec.GetBits(A % B)))
                + "|" + BclDec.Compare(A, B) + (A == B) + "|" + Bits(BclDec.GetBits(BclDec.Round(A, i % 5))) + Bits(BclDec.GetBits(BclDec.Round(A, 1, MidpointRounding.AwayFromZero))) + Bits(BclDec.GetBits(BclDec.Floor(A))) + Bits(BclDec.GetBits(BclDec.Ceiling(A)))
                + "|" + A.ToString(fmts[i % fmts.Length], inv) + "|" + ((double)A).ToString("R", inv) + "|" + Try(() => ((long)A).ToString()) + "|" + Try(() => ((int)A).ToString());
            Check("decimal " + A.ToString(inv) + " op " + B.ToString(inv), r, m);
            string text = A.ToString(inv);
            Check("decimal parse " + text, Bits(BclDec.GetBits(BclDec.Parse(text, inv))), Try(() => Bits(MyDec.GetBits(MyDec.Parse(text, inv)))));
            double d = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-30, 30));
            Check("decimal from double " + d.ToString("R"), Try(() => Bits(BclDec.GetBits((BclDec)d))), Try(() => Bits(MyDec.GetBits((MyDec)d))));
            float f = (float)d;
            Check("decimal from float " + f.ToString("R"), Try(() => Bits(BclDec.GetBits((BclDec)f))), Try(() => Bits(MyDec.GetBits((MyDec)f))));
        }
        string[] parses = { "1.2300", "-0.00", "0", "79228162514264337593543950335", "79228162514264337593543950336", "0.00000000000000000000000000001234567", "1.999999999999999999999999999999", "1e3", "abc", "", "1,234.5", " 12 ", "-7.5e-2", "0.0000000000000000000000000005", "0.00000000000000000000000000015", "123456789012345678901234567.891" };
        foreach (string p in parses)
        {
            Check("decimal.Parse Number '" + p + "'", Try(() => Bits(BclDec.GetBits(BclDec.Parse(p, inv)))), Try(() => Bits(MyDec.GetBits(MyDec.Parse(p, inv)))));
            Check("decimal.Parse Float '" + p + "'", Try(() => Bits(BclDec.GetBits(BclDec.Parse(p, NumberStyles.Float, inv)))), Try(() => Bits(MyDec.GetBits(MyDec.Parse(p, NumberStyles.Float, inv)))));
        }
    }
}
