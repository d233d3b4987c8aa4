// Differential tests: the shim's number formatting/parsing algorithms (compiled into this program) against the real BCL.
using System;
using System.Globalization;

static partial class DiffTest
{
    static void NumberTests()
    {
        var inv = CultureInfo.InvariantCulture;
        var rng = new Random(12345);
        string[] dfmts = { "", "R", "G", "G17", "G15", "G5", "G1", "G2", "E", "E0", "E3", "E16", "e10", "F", "F0", "F1", "F2", "F5", "F20", "N", "N0", "N3", "P", "P0", "P1", "C", "C3",
                           "0.00", "#.##", "#,##0.00", "0", "#", "0.###E+0", "0.0e-00", "#,#", "#,,", "0%", "0.0\u2030", "'lit'0", "0;(0);zero", "#;-#;", ";;", "0.0###", "##0.0#", "#.0E+00", "0.00 'a;b' ;x", "00.00%%", ".0", "0.", "'lit'#", "#'x'", "\\#0" };
        // ---- special and chosen doubles x all formats
        double[] specials = { 0.0, -0.0, 1, -1, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 4.35, 0.3, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 123456789012345.0, 1234567890123456.0,
            12345678901234567890.0, 1e-4, 1e-5, 0.00012345, 1.5e300, double.MaxValue, double.Epsilon, 2.2250738585072014E-308, 2.2250738585072009E-308, 9007199254740992.0, 9007199254740993.0,
            -1234.5678, 1234.5678, 99999.5, 0.05, 0.15, 0.25, 0.35, 9.5, 0.001, -0.001, 42, 125, 1e-300, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, Math.PI, Math.E,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, 100, 1000000, 123456, 0.999999999999999, 9.999999999999999e22, 4.9406564584124654e-324, 1e-7, 123.456e-10 };
        foreach (double d in specials)
            foreach (string f in dfmts)
                Check("double " + R(d) + " fmt '" + f + "'", Try(() => d.ToString(f, inv)), Try(() => Shim.Number.FormatDouble(d, f)));
        float[] fspecials = { 0f, -0f, 1e7f, 1e8f, 1e9f, 1e10f, 16777216f, 1234567f, 12345678f, 123456789f, 0.1f, 1e-5f, float.Epsilon, float.MaxValue, 3.4e38f, 1e6f, 0.3f, 7e-45f, 12345.6789f, 1.5f, 2.5f, float.NaN, float.NegativeInfinity, 1.17549435E-38f };
        foreach (float d in fspecials)
            foreach (string f in dfmts)
                Check("float " + d.ToString("R", inv) + " fmt '" + f + "'", Try(() => d.ToString(f, inv)), Try(() => Shim.Number.FormatSingle(d, f)));

        // ---- random doubles: shortest round trip and exact forms
        int N = Scale(500000);
        string[] rf = { "R", "E16", "G17", "F3", "E5" };
        for (int i = 0; i < N; i++)
        {
            double d = RandomDouble(rng, i);
            string f = (i % 4 == 0) ? rf[(i / 4) % rf.Length] : "R";
            if (f.StartsWith("F") && Math.Abs(d) > 1e30) f = "E20";
            CheckQuiet("double bits " + BitConverter.DoubleToInt64Bits(d).ToString("X16") + " fmt " + f, d.ToString(f, inv), Shim.Number.FormatDouble(d, f));
        }
        for (int i = 0; i < N; i++)
        {
            float d = RandomSingle(rng, i);
            string f = (i % 4 == 0) ? "E9" : "R";
            CheckQuiet("float bits " + BitConverter.SingleToInt32Bits(d).ToString("X8") + " fmt " + f, d.ToString(f, inv), Shim.Number.FormatSingle(d, f));
        }
        // short decimals (boundary-sensitive shortest cases) and their parse
        for (int i = 0; i < Scale(100000); i++)
        {
            string s = RandomDecimalString(rng);
            double expect = double.Parse(s, NumberStyles.Float, inv);
            Shim.Number.TryParseDouble(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, out double got);
            CheckQuiet("parse double '" + s + "'", R(expect), R(got));
            CheckQuiet("format double " + s, expect.ToString(inv), Shim.Number.FormatDouble(expect, ""));
            float fe = float.Parse(s, NumberStyles.Float, inv);
            Shim.Number.TryParseSingle(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, out float fg);
            CheckQuiet("parse float '" + s + "'", fe.ToString("R", inv), fg.ToString("R", inv));
        }
        // round trip parse of random doubles' R strings and long digit strings
        for (int i = 0; i < Scale(100000); i++)
        {
            double d = RandomDouble(rng, i);
            if (double.IsNaN(d) || double.IsInfinity(d)) continue;
            string s = (i % 3 == 0) ? d.ToString("E25", inv) : (i % 3 == 1) ? d.ToString("R", inv) : d.ToString("G40", inv);
            Shim.Number.TryParseDouble(s.AsSpan(), NumberStyles.Float, out double got);
            CheckQuiet("parse '" + s + "'", R(double.Parse(s, inv)), R(got));
        }
        string[] parseCases = { "0", "-0", "1e400", "-1e400", "1e-400", "Infinity", "-Infinity", "NaN", "infinity", "  12.5  ", "1,234.5", "+5", ".5", "5.", "1e", "e5", "", " ", "abc", "1.2.3",
            "2.2250738585072011e-308", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "1.7976931348623158e308", "1.7976931348623159e308", "0x10", "1_000",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000024703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125",
            "4.35", "0.1", "123456789012345678901234567890", "1e23", "8.589973e9", "3.4028235e38", "3.4028236e38", "1.4e-45", "7e-46", "7.1e-46" };
        foreach (string s in parseCases)
        {
            bool eo = double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, inv, out double e);
            bool go = Shim.Number.TryParseDouble(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, out double g);
            Check("TryParse double '" + Trunc(s) + "'", eo + " " + R(e), go + " " + R(g));
            bool fo = float.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, inv, out float fe);
            bool fgo = Shim.Number.TryParseSingle(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, out float fg);
            Check("TryParse float '" + Trunc(s) + "'", fo + " " + fe.ToString("R", inv), fgo + " " + fg.ToString("R", inv));
        }

        // ---- integers
        string[] ifmts = { "", "G", "D", "D5", "X", "x8", "X16", "B", "B8", "N", "N0", "F", "F3", "E", "E2", "P", "P0", "C", "G3", "G10", "R", "0.00", "#,##0", "0;(0);zero", "00000", "#", "0.0e+0", "X2" };
        long[] ivals = { 0, 1, -1, 42, -42, 125, 255, 1234567, -1234567, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 999999, 99999, 12345, 5, 15, 25, 1000, -1000 };
        foreach (long v in ivals)
            foreach (string f in ifmts)
            {
                Check("long " + v + " fmt '" + f + "'", Try(() => v.ToString(f, inv)), Try(() => Shim.Number.FormatInt64(v, 64, f)));
                int iv = (int)v;
                Check("int " + iv + " fmt '" + f + "'", Try(() => iv.ToString(f, inv)), Try(() => Shim.Number.FormatInt64(iv, 32, f)));
                sbyte sv = (sbyte)v;
                Check("sbyte " + sv + " fmt '" + f + "'", Try(() => sv.ToString(f, inv)), Try(() => Shim.Number.FormatInt64(sv, 8, f)));
                ulong uv = (ulong)v;
                Check("ulong " + uv + " fmt '" + f + "'", Try(() => uv.ToString(f, inv)), Try(() => Shim.Number.FormatUInt64(uv, f)));
            }
        for (int i = 0; i < Scale(20000); i++)
        {
            long v = rng.NextInt64() >> rng.Next(64);
            if (rng.Next(2) == 0) v = -v;
            string f = ifmts[i % ifmts.Length];
            CheckQuiet("long " + v + " fmt '" + f + "'", Try(() => v.ToString(f, inv)), Try(() => Shim.Number.FormatInt64(v, 64, f)));
        }
        string[] iparse = { "0", "-0", "+0", "123", "-123", " 123 ", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "18446744073709551615", "18446744073709551616", "", " ", "-", "+", "1a", "a1", "1 2", "00000000000000000000000000001", "1,000", "1.0", "1e3", "0x1F", "１２" };
        foreach (string s in iparse)
        {
            Check("int.Parse '" + s + "'", Try(() => int.Parse(s, inv).ToString()), Try(() => ShimParseInt(s, NumberStyles.Integer, 32, true)));
            Check("long.Parse '" + s + "'", Try(() => long.Parse(s, inv).ToString()), Try(() => ShimParseInt(s, NumberStyles.Integer, 64, true)));
            Check("ulong.Parse '" + s + "'", Try(() => ulong.Parse(s, inv).ToString()), Try(() => ShimParseInt(s, NumberStyles.Integer, 64, false)));
            Check("byte.Parse '" + s + "'", Try(() => byte.Parse(s, inv).ToString()), Try(() => ShimParseInt(s, NumberStyles.Integer, 8, false)));
            Check("int.Parse Number '" + s + "'", Try(() => int.Parse(s, NumberStyles.Number, inv).ToString()), Try(() => ShimParseInt(s, NumberStyles.Number, 32, true)));
            Check("int.Parse Hex '" + s + "'", Try(() => int.Parse(s, NumberStyles.HexNumber, inv).ToString()), Try(() => ShimParseInt(s, NumberStyles.HexNumber, 32, true)));
        }
    }

    static string ShimParseInt(string s, NumberStyles st, int bits, bool signed)
    {
        var status = Shim.Number.ParseInteger(s.AsSpan(), st, bits, signed, out ulong r);
        if (status != Shim.Number.ParseStatus.OK) throw Shim.Number.ParseFailure(status, s.AsSpan(), bits == 8 ? Shim.SR.Overflow_Byte : bits == 32 ? Shim.SR.Overflow_Int32 : signed ? Shim.SR.Overflow_Int64 : Shim.SR.Overflow_UInt64);
        if ((st & NumberStyles.AllowHexSpecifier) != 0 && signed && bits == 32) return ((int)(uint)r).ToString();
        if (!signed) return r.ToString();
        return bits == 32 ? ((int)(long)r).ToString() : ((long)r).ToString();
    }

    static string Trunc(string s) => s.Length > 40 ? s.Substring(0, 40) + "..." : s;
    static string R(double d) => d.ToString("R", CultureInfo.InvariantCulture) + "/" + BitConverter.DoubleToInt64Bits(d).ToString("X");

    static double RandomDouble(Random rng, int i)
    {
        switch (i % 5)
        {
            case 0: return BitConverter.Int64BitsToDouble(rng.NextInt64() | (rng.Next(2) == 0 ? long.MinValue : 0)); // any bits (incl. subnormals, NaN)
            case 1: return BitConverter.Int64BitsToDouble(rng.NextInt64(0, 1L << 52)); // subnormals
            case 2: return (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-20, 21));
            case 3: return Math.Round(rng.NextDouble() * 10000, rng.Next(0, 6));
            default: return rng.Next(-1000000, 1000000) / 1000.0;
        }
    }

    static float RandomSingle(Random rng, int i)
    {
        switch (i % 3)
        {
            case 0: return BitConverter.Int32BitsToSingle(rng.Next() | (rng.Next(2) << 31));
            case 1: return BitConverter.Int32BitsToSingle(rng.Next(0, 1 << 23));
            default: return (float)((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-10, 11)));
        }
    }

    static string RandomDecimalString(Random rng)
    {
        int digits = rng.Next(1, 20);
        var sb = new System.Text.StringBuilder();
        if (rng.Next(4) == 0) sb.Append('-');
        for (int k = 0; k < digits; k++) sb.Append((char)('0' + (k == 0 ? rng.Next(1, 10) : rng.Next(10))));
        if (rng.Next(2) == 0) sb.Insert(sb.Length - rng.Next(0, digits), '.');
        sb.Append('e').Append(rng.Next(-330, 310));
        return sb.ToString();
    }
}
