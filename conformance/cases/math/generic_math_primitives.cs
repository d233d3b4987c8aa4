// math/generic_math_primitives: every INumberBase<T>/INumber<T> member, the operator interfaces, IMinMaxValue<T>,
// ISignedNumber<T>, parsing (string, span, UTF-8) and UTF-8 formatting, called through constrained calls in one
// generic probe for the twelve primitive number types, decimal and char on edge values (min/max, ±0, NaN, ±∞, ε). Members a type
// implements explicitly (IsZero, IsNaN of an int, the operators, One/Zero, MaxNumber of an int) and the interface
// defaults the primitives inherit (MaxNative/MinNative/ClampNative and MultiplyAddEstimate of the integers, checked
// division) are reached only this way. Inputs that would throw (Abs(MinValue), x/0, overflow in checked context,
// Sign(NaN)) are left out: exceptions are another area.
#nullable disable
using System;
using System.Globalization;
using System.Numerics;
using System.Text;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static int failed;

    static void Check(int id, string label, string actual, string expected)
    {
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " " + label + ": " + actual + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string S<T>(T v) where T : INumberBase<T> => v is char c ? "c" + ((int)c).ToString(Inv) : v.ToString(null, Inv);
    static string B(bool b) => b ? "1" : "0";

    /// <summary>FNV-1a over the UTF-16 code units (deterministic, unlike string.GetHashCode).</summary>
    static string Digest(string s)
    {
        ulong h = 14695981039346656037;
        foreach (char c in s) h = (h ^ c) * 1099511628211;
        return h.ToString("X16", Inv);
    }

    static string Ascii(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder();
        foreach (byte b in bytes)
        {
            if (b >= 0x20 && b < 0x7F) sb.Append((char)b);
            else sb.Append("\\x").Append(b.ToString("X2", Inv));
        }
        return sb.ToString();
    }

    static bool IsSigned<T>() where T : INumberBase<T> => T.IsNegative(T.Zero - T.One);

    /// <summary>x / y and x % y do not throw (no division by zero, no MinValue / -1 of an integer).</summary>
    static bool CanDivide<T>(T x, T y) where T : INumber<T>, IMinMaxValue<T>
    {
        if (T.Radix == 2 && !T.IsInteger(T.One / (T.One + T.One))) return true; // binary floating point: ±∞ and NaN
        return y != T.Zero && !(x == T.MinValue && IsSigned<T>() && y == T.Zero - T.One);
    }

    static void Probe<T>(string name, T[] xs) where T : INumber<T>, IMinMaxValue<T>
    {
        bool integer = T.IsInteger(T.One / (T.One + T.One));
        Console.WriteLine(name + " constants: " + S(T.Zero) + " " + S(T.One) + " " + S(T.AdditiveIdentity) + " " + S(T.MultiplicativeIdentity) + " "
            + S(T.MinValue) + " " + S(T.MaxValue) + " " + T.Radix + " signed=" + B(IsSigned<T>()));
        foreach (T x in xs)
        {
            var sb = new StringBuilder(name + " " + S(x) + ":");
            sb.Append(" neg" + B(T.IsNegative(x)) + " pos" + B(T.IsPositive(x)) + " zero" + B(T.IsZero(x)) + " nan" + B(T.IsNaN(x)) + " fin" + B(T.IsFinite(x))
                + " inf" + B(T.IsInfinity(x)) + B(T.IsNegativeInfinity(x)) + B(T.IsPositiveInfinity(x)) + " int" + B(T.IsInteger(x)) + " even" + B(T.IsEvenInteger(x))
                + " odd" + B(T.IsOddInteger(x)) + " normal" + B(T.IsNormal(x)) + " sub" + B(T.IsSubnormal(x)) + " real" + B(T.IsRealNumber(x))
                + " canon" + B(T.IsCanonical(x)) + " cplx" + B(T.IsComplexNumber(x)) + B(T.IsImaginaryNumber(x)));
            if (!(integer && IsSigned<T>() && x == T.MinValue)) sb.Append(" abs=" + S(T.Abs(x)));
            if (!T.IsNaN(x)) sb.Append(" sign=" + T.Sign(x));
            T inc = x, dec = x;
            inc++;
            dec--;
            sb.Append(" neg=" + S(-x) + " plus=" + S(+x) + " inc=" + S(inc) + " dec=" + S(dec));
            Console.WriteLine(sb.ToString());
        }
        string[] ops = { "Max", "Min", "MaxNumber", "MinNumber", "MaxNative", "MinNative", "MaxMagnitude", "MinMagnitude", "MaxMagnitudeNumber",
                         "MinMagnitudeNumber", "CopySign", "+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "CompareTo", "Equals" };
        // Every pair's results are printed for int and double, as a digest for the other types and for the operators
        // (the file stays small; GMATH_FULL=1 prints everything).
        bool full = Environment.GetEnvironmentVariable("GMATH_FULL") == "1";
        bool shown = full || name == "int" || name == "double";
        foreach (string op in ops)
        {
            var sb = new StringBuilder();
            foreach (T x in xs)
                foreach (T y in xs)
                    sb.Append(' ').Append(Binary(op, x, y, integer));
            bool operatorOp = !char.IsLetter(op[0]) || op == "CompareTo" || op == "Equals";
            Console.WriteLine(name + " " + op + ":" + (full || (shown && !operatorOp) ? sb.ToString() : " #" + Digest(sb.ToString())));
        }
        var clamp = new StringBuilder(name + " Clamp/ClampNative/MultiplyAddEstimate:");
        for (int i = 0; i < xs.Length; i += 2)
            for (int j = 1; j < xs.Length; j += 3)
                for (int k = 0; k < xs.Length; k += 3)
                {
                    T v = xs[i], lo = xs[j], hi = xs[k];
                    if (lo <= hi) clamp.Append(' ').Append(S(T.Clamp(v, lo, hi))).Append('/').Append(S(T.ClampNative(v, lo, hi)));
                    clamp.Append(' ').Append(S(T.MultiplyAddEstimate(v, lo, hi)));
                }
        Console.WriteLine(clamp.ToString());
    }

    static string Binary<T>(string op, T x, T y, bool integer) where T : INumber<T>, IMinMaxValue<T>
    {
        switch (op)
        {
            case "Max": return S(T.Max(x, y));
            case "Min": return S(T.Min(x, y));
            case "MaxNumber": return S(T.MaxNumber(x, y));
            case "MinNumber": return S(T.MinNumber(x, y));
            case "MaxNative": return S(T.MaxNative(x, y));
            case "MinNative": return S(T.MinNative(x, y));
            case "MaxMagnitude": return S(T.MaxMagnitude(x, y));
            case "MinMagnitude": return S(T.MinMagnitude(x, y));
            case "MaxMagnitudeNumber": return S(T.MaxMagnitudeNumber(x, y));
            case "MinMagnitudeNumber": return S(T.MinMagnitudeNumber(x, y));
            case "CopySign":
                if (integer && IsSigned<T>() && x == T.MinValue && !T.IsNegative(y)) return "-";
                return S(T.CopySign(x, y));
            case "+": return S(x + y);
            case "-": return S(x - y);
            case "*": return S(x * y);
            case "/": return CanDivide(x, y) ? S(x / y) : "-";
            case "%": return CanDivide(x, y) ? S(x % y) : "-";
            case "<": return B(x < y);
            case "<=": return B(x <= y);
            case ">": return B(x > y);
            case ">=": return B(x >= y);
            case "==": return B(x == y);
            case "!=": return B(x != y);
            case "CompareTo": return x.CompareTo(y).ToString(Inv);
            case "Equals": return B(x.Equals(y));
        }
        return "?";
    }

    /// <summary>Checked operators on small values (no overflow), conversions and parsing/formatting.</summary>
    static void Misc<T>(string name, bool charParsing = false) where T : INumber<T>, IMinMaxValue<T>
    {
        T seven = T.CreateChecked(7), two = T.CreateChecked(2);
        T a = seven;
        a = checked(a + two);
        a = checked(a - two);
        a = checked(a * two);
        a = checked(a / two);
        T inc = seven, dec = seven;
        inc = checked(++inc);
        dec = checked(--dec);
        string neg = IsSigned<T>() ? S(checked(-two)) : "-";
        Console.WriteLine(name + " checked: " + S(a) + " " + S(inc) + " " + S(dec) + " " + neg + " " + S(checked(seven / two)));

        // Conversions into T from other types and out of T (saturating/truncating never throw).
        var sb = new StringBuilder(name + " create:");
        sb.Append(' ').Append(S(T.CreateChecked((byte)100))).Append(' ').Append(S(T.CreateChecked(100L))).Append(' ').Append(S(T.CreateChecked(12.75)));
        double[] ds = { double.NaN, double.NegativeInfinity, -1e300, -40000.5, -129.9, -1.5, -0.0, 0.7, 127.9, 255.5, 65535.5, 3e9, 1e19, 1e300, double.PositiveInfinity };
        foreach (double d in ds) sb.Append(' ').Append(S(T.CreateSaturating(d))).Append('/').Append(S(T.CreateTruncating(d)));
        long[] ls = { long.MinValue, -40000, -129, -1, 0, 200, 70000, 5000000000, long.MaxValue };
        foreach (long l in ls) sb.Append(' ').Append(S(T.CreateSaturating(l))).Append('/').Append(S(T.CreateTruncating(l)));
        sb.Append(' ').Append(S(T.CreateSaturating(ulong.MaxValue))).Append('/').Append(S(T.CreateTruncating(ulong.MaxValue)));
        sb.Append(' ').Append(S(T.CreateSaturating((nint)(-5)))).Append('/').Append(S(T.CreateTruncating((nuint)300)));
        sb.Append(' ').Append(S(T.CreateTruncating(-3.75f))).Append('/').Append(S(T.CreateSaturating(float.MaxValue)));
        Console.WriteLine(sb.ToString());
        var outOf = new StringBuilder(name + " convert:");
        foreach (T x in new[] { T.MinValue, T.Zero - T.One, T.Zero, T.One, seven, T.MaxValue })
            outOf.Append(' ').Append(S(int.CreateSaturating(x))).Append('/').Append(S(byte.CreateTruncating(x))).Append('/').Append(S(double.CreateChecked(x)))
                 .Append('/').Append(S(long.CreateTruncating(x))).Append('/').Append(S(ulong.CreateSaturating(x))).Append('/').Append(S(float.CreateTruncating(x)))
                 .Append('/').Append(S(sbyte.CreateSaturating(x))).Append('/').Append(S(nuint.CreateTruncating(x)));
        Console.WriteLine(outOf.ToString());

        // Parsing through INumberBase, IParsable, ISpanParsable and IUtf8SpanParsable; UTF-8 formatting.
        if (charParsing)
        {
            CharParse<T>(name);
            return;
        }
        T p1 = T.Parse("42", NumberStyles.Integer, Inv);
        T p2 = T.Parse(" 17 ", Inv);
        bool integer = T.IsInteger(T.One / two);
        T p3 = integer ? T.Parse("1F".AsSpan(), NumberStyles.AllowHexSpecifier, Inv) : T.Parse("1.5e1".AsSpan(), NumberStyles.Float, Inv);
        bool ok4 = T.TryParse("-3", NumberStyles.Integer, Inv, out T p4);
        bool ok5 = T.TryParse("x", Inv, out T p5);
        T p6 = T.Parse("99"u8, Inv);
        bool ok7 = T.TryParse("  5"u8, NumberStyles.Integer, Inv, out T p7);
        bool ok8 = T.TryParse("300"u8, Inv, out T p8);
        Console.WriteLine(name + " parse: " + S(p1) + " " + S(p2) + " " + S(p3) + " " + B(ok4) + S(p4) + " " + B(ok5) + S(p5) + " " + S(p6) + " " + B(ok7) + S(p7) + " " + B(ok8) + S(p8));
        Utf8Format(name, seven);
    }

    /// <summary>char parses as one UTF-16 unit, whatever the number style.</summary>
    static void CharParse<T>(string name) where T : INumber<T>, IMinMaxValue<T>
    {
        T p1 = T.Parse("A", NumberStyles.Integer, Inv);
        T p2 = T.Parse("B", Inv);
        T p3 = T.Parse("C".AsSpan(), NumberStyles.None, Inv);
        bool ok4 = T.TryParse("xy", NumberStyles.Integer, Inv, out T p4);
        bool ok5 = T.TryParse("", Inv, out T p5);
        T p6 = T.Parse("\u00E9"u8, Inv);
        bool ok7 = T.TryParse("\u20AC"u8, NumberStyles.Integer, Inv, out T p7);
        bool ok8 = T.TryParse("ab"u8, Inv, out T p8);
        Console.WriteLine(name + " parse: " + S(p1) + " " + S(p2) + " " + S(p3) + " " + B(ok4) + S(p4) + " " + B(ok5) + S(p5) + " " + S(p6) + " " + B(ok7) + S(p7) + " " + B(ok8) + S(p8));
        Utf8Format(name, T.CreateChecked(0x20AC));
    }

    static void Utf8Format<T>(string name, T seven) where T : INumber<T>, IMinMaxValue<T>
    {
        Span<byte> buf = stackalloc byte[40];
        var fmt = new StringBuilder(name + " utf8:");
        foreach (T x in new[] { T.MinValue, T.Zero, seven, T.MaxValue })
        {
            bool ok = x.TryFormat(buf, out int n, default, Inv);
            fmt.Append(' ').Append(B(ok)).Append(Ascii(buf.Slice(0, n)));
            ok = x.TryFormat(buf.Slice(0, 2), out n, "N2", Inv);
            fmt.Append(' ').Append(B(ok)).Append(n);
            ok = x.TryFormat(buf, out n, "E2", Inv);
            fmt.Append(' ').Append(B(ok)).Append(Ascii(buf.Slice(0, n)));
        }
        Console.WriteLine(fmt.ToString());
    }

    static void Signed<T>(string name) where T : ISignedNumber<T>
    {
        Console.WriteLine(name + " NegativeOne: " + S(T.NegativeOne) + " " + S(T.NegativeOne * T.NegativeOne));
    }

    static int Main()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Probe("sbyte", new sbyte[] { sbyte.MinValue, -7, -1, 0, 2, sbyte.MaxValue });
        Probe("byte", new byte[] { 0, 1, 2, 128, byte.MaxValue });
        Probe("short", new short[] { short.MinValue, -300, -1, 0, 2, short.MaxValue });
        Probe("ushort", new ushort[] { 0, 1, 2, 40000, ushort.MaxValue });
        Probe("int", new int[] { int.MinValue, -70000, -1, 0, 2, int.MaxValue });
        Probe("uint", new uint[] { 0, 1, 2, 3000000000, uint.MaxValue });
        Probe("long", new long[] { long.MinValue, -5000000000, -1, 0, 2, long.MaxValue });
        Probe("ulong", new ulong[] { 0, 1, 2, 10000000000000000000, ulong.MaxValue });
        Probe("nint", new nint[] { nint.MinValue, (nint)(-5000000000), -1, 0, 2, nint.MaxValue });
        Probe("nuint", new nuint[] { 0, 1, 2, (nuint)10000000000000000000, nuint.MaxValue });
        Probe("float", new float[] { float.NaN, float.NegativeInfinity, -2.5f, -0.0f, 0, float.Epsilon, 1, 3, float.PositiveInfinity });
        Probe("double", new double[] { double.NaN, double.NegativeInfinity, -2.5, -0.0, 0, double.Epsilon, 1, 3, double.PositiveInfinity });
        Probe("decimal", new decimal[] { -2.5m, -1m, -0.0m, 0m, 0.10m, 1m, 3m, 10000000000m });
        Probe("char", new char[] { (char)0, (char)1, (char)2, 'A', (char)0xFFFF });

        Misc<sbyte>("sbyte"); Misc<byte>("byte"); Misc<short>("short"); Misc<ushort>("ushort"); Misc<int>("int"); Misc<uint>("uint");
        Misc<long>("long"); Misc<ulong>("ulong"); Misc<nint>("nint"); Misc<nuint>("nuint"); Misc<float>("float"); Misc<double>("double");
        Misc<decimal>("decimal"); Misc<char>("char", charParsing: true);
        Signed<sbyte>("sbyte"); Signed<short>("short"); Signed<int>("int"); Signed<long>("long"); Signed<nint>("nint"); Signed<float>("float"); Signed<double>("double"); Signed<decimal>("decimal");

        // A few results the program checks itself (the rest is compared with CoreCLR's output).
        Check(1, "int Max", S(int.Max(-1, 3)), "3");
        Check(2, "double Max signed zero", S(Max2(-0.0, 0.0)), "0");
        Check(3, "double Min NaN", S(Min2(1.0, double.NaN)), "NaN");
        Check(4, "double MaxNumber NaN", S(MaxNumber2(double.NaN, 2.0)), "2");
        Check(5, "byte wrap", S(Add2((byte)250, (byte)10)), "4");
        Check(6, "uint negate", S(Neg2(1u)), "4294967295");
        Check(7, "int saturate", S(int.CreateSaturating(1e20)), "2147483647");
        Check(8, "byte truncate", S(byte.CreateTruncating(-1)), "255");
        Check(9, "double clamp -0", S(double.Clamp(-0.0, 0.0, 1.0)), "0");
        Check(10, "short MaxMagnitude", S(short.MaxMagnitude(short.MinValue, short.MaxValue)), "-32768");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }

    static T Max2<T>(T x, T y) where T : INumber<T> => T.Max(x, y);
    static T Min2<T>(T x, T y) where T : INumber<T> => T.Min(x, y);
    static T MaxNumber2<T>(T x, T y) where T : INumber<T> => T.MaxNumber(x, y);
    static T Add2<T>(T x, T y) where T : IAdditionOperators<T, T, T> => x + y;
    static T Neg2<T>(T x) where T : IUnaryNegationOperators<T, T> => -x;
}
/* EXPECT
exit: 100
--- stdout
sbyte constants: 0 1 0 1 -128 127 2 signed=1
sbyte -128: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 sign=-1 neg=-128 plus=-128 inc=-127 dec=127
sbyte -7: neg1 pos0 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=7 sign=-1 neg=7 plus=-7 inc=-6 dec=-8
sbyte -1: neg1 pos0 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=-1 neg=1 plus=-1 inc=0 dec=-2
sbyte 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=-1
sbyte 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=-2 plus=2 inc=3 dec=1
sbyte 127: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=127 sign=1 neg=-127 plus=127 inc=-128 dec=126
sbyte Max: #27BB5851BCA0B17F
sbyte Min: #54B32765EF9996BB
sbyte MaxNumber: #27BB5851BCA0B17F
sbyte MinNumber: #54B32765EF9996BB
sbyte MaxNative: #27BB5851BCA0B17F
sbyte MinNative: #54B32765EF9996BB
sbyte MaxMagnitude: #4A00C4EA0A651DA3
sbyte MinMagnitude: #A2D92D71E4F99553
sbyte MaxMagnitudeNumber: #4A00C4EA0A651DA3
sbyte MinMagnitudeNumber: #A2D92D71E4F99553
sbyte CopySign: #6497BE3B70EA79BC
sbyte +: #C9829A66004EDF69
sbyte -: #14090DC92EC2DE7C
sbyte *: #CC355D8E8B09A89C
sbyte /: #0ED44CC72CB7B3E3
sbyte %: #DD634BBB628B4FCD
sbyte <: #76E0C3E1277C85E2
sbyte <=: #8798DEAF359AD00A
sbyte >: #32DD59FDF0DEEC3A
sbyte >=: #0D6DE82F3075F8B2
sbyte ==: #1365F8BBFCB0568D
sbyte !=: #74199F2D9408F47D
sbyte CompareTo: #448A3C2FBE42A084
sbyte Equals: #1365F8BBFCB0568D
sbyte Clamp/ClampNative/MultiplyAddEstimate: 0 -7/-7 -128 -128 0 -121 -1/-1 7 126 -2 114 0/0 -14 -124 4
byte constants: 0 1 0 1 0 255 2 signed=0
byte 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=255
byte 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=255 plus=1 inc=2 dec=0
byte 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=254 plus=2 inc=3 dec=1
byte 128: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=128 sign=1 neg=128 plus=128 inc=129 dec=127
byte 255: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=255 sign=1 neg=1 plus=255 inc=0 dec=254
byte Max: #6E3A0A2CD5FAAD61
byte Min: #235D88F19EDCEC35
byte MaxNumber: #6E3A0A2CD5FAAD61
byte MinNumber: #235D88F19EDCEC35
byte MaxNative: #6E3A0A2CD5FAAD61
byte MinNative: #235D88F19EDCEC35
byte MaxMagnitude: #6E3A0A2CD5FAAD61
byte MinMagnitude: #235D88F19EDCEC35
byte MaxMagnitudeNumber: #6E3A0A2CD5FAAD61
byte MinMagnitudeNumber: #235D88F19EDCEC35
byte CopySign: #E85113659407B459
byte +: #10DFF44EA71F5C34
byte -: #27EBF87784BB5D36
byte *: #F60BFB80F01620AD
byte /: #CFF2E47F668CC70C
byte %: #16DC891A952421C3
byte <: #E3A50D7521ABDFBD
byte <=: #9AE473930D59C7BA
byte >: #DE19004A97BA8A1D
byte >=: #388CC5F83CA0A97A
byte ==: #7F38483F8789D6AA
byte !=: #BD74838D5E29D25D
byte CompareTo: #D9B21FC3D8AB8071
byte Equals: #7F38483F8789D6AA
byte Clamp/ClampNative/MultiplyAddEstimate: 0 1/1 128 0 128 2 2/2 130 254 126 255 128/128 127 1 129
short constants: 0 1 0 1 -32768 32767 2 signed=1
short -32768: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 sign=-1 neg=-32768 plus=-32768 inc=-32767 dec=32767
short -300: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=300 sign=-1 neg=300 plus=-300 inc=-299 dec=-301
short -1: neg1 pos0 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=-1 neg=1 plus=-1 inc=0 dec=-2
short 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=-1
short 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=-2 plus=2 inc=3 dec=1
short 32767: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=32767 sign=1 neg=-32767 plus=32767 inc=-32768 dec=32766
short Max: #B1ECA8AD8B2E2995
short Min: #866FA7660F371C3B
short MaxNumber: #B1ECA8AD8B2E2995
short MinNumber: #866FA7660F371C3B
short MaxNative: #B1ECA8AD8B2E2995
short MinNative: #866FA7660F371C3B
short MaxMagnitude: #88CB83EF084BDA8D
short MinMagnitude: #34B8045C4769C98B
short MaxMagnitudeNumber: #88CB83EF084BDA8D
short MinMagnitudeNumber: #34B8045C4769C98B
short CopySign: #58955EE684792A55
short +: #214EB352F065FC16
short -: #6093C4C42E487B3A
short *: #490922EE62482AE5
short /: #381BC493F96EAD97
short %: #F2273AC410A12462
short <: #76E0C3E1277C85E2
short <=: #8798DEAF359AD00A
short >: #32DD59FDF0DEEC3A
short >=: #0D6DE82F3075F8B2
short ==: #1365F8BBFCB0568D
short !=: #74199F2D9408F47D
short CompareTo: #0ABDBA5CDBC86918
short Equals: #1365F8BBFCB0568D
short Clamp/ClampNative/MultiplyAddEstimate: -32768 -300/-300 0 -32768 0 -32468 -1/-1 300 32766 -2 32168 0/0 -600 -32764 4
ushort constants: 0 1 0 1 0 65535 2 signed=0
ushort 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=65535
ushort 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=65535 plus=1 inc=2 dec=0
ushort 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=65534 plus=2 inc=3 dec=1
ushort 40000: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=40000 sign=1 neg=25536 plus=40000 inc=40001 dec=39999
ushort 65535: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=65535 sign=1 neg=1 plus=65535 inc=0 dec=65534
ushort Max: #3D99D5EB0EE11EB4
ushort Min: #36DF08D32153296C
ushort MaxNumber: #3D99D5EB0EE11EB4
ushort MinNumber: #36DF08D32153296C
ushort MaxNative: #3D99D5EB0EE11EB4
ushort MinNative: #36DF08D32153296C
ushort MaxMagnitude: #3D99D5EB0EE11EB4
ushort MinMagnitude: #36DF08D32153296C
ushort MaxMagnitudeNumber: #3D99D5EB0EE11EB4
ushort MinMagnitudeNumber: #36DF08D32153296C
ushort CopySign: #63B094BE1F5AE8B4
ushort +: #AFEEC286A54C143D
ushort -: #76D5BFA1B6E86AC5
ushort *: #5DD5B1D352E33C20
ushort /: #E0602FCA39CF1984
ushort %: #69E7E3BD9B2872CA
ushort <: #E3A50D7521ABDFBD
ushort <=: #9AE473930D59C7BA
ushort >: #DE19004A97BA8A1D
ushort >=: #388CC5F83CA0A97A
ushort ==: #7F38483F8789D6AA
ushort !=: #BD74838D5E29D25D
ushort CompareTo: #65A3486ABE3C7E7D
ushort Equals: #7F38483F8789D6AA
ushort Clamp/ClampNative/MultiplyAddEstimate: 0 1/1 40000 0 40000 2 2/2 40002 65534 39998 65535 40000/40000 39999 1 40001
int constants: 0 1 0 1 -2147483648 2147483647 2 signed=1
int -2147483648: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 sign=-1 neg=-2147483648 plus=-2147483648 inc=-2147483647 dec=2147483647
int -70000: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=70000 sign=-1 neg=70000 plus=-70000 inc=-69999 dec=-70001
int -1: neg1 pos0 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=-1 neg=1 plus=-1 inc=0 dec=-2
int 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=-1
int 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=-2 plus=2 inc=3 dec=1
int 2147483647: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=2147483647 sign=1 neg=-2147483647 plus=2147483647 inc=-2147483648 dec=2147483646
int Max: -2147483648 -70000 -1 0 2 2147483647 -70000 -70000 -1 0 2 2147483647 -1 -1 -1 0 2 2147483647 0 0 0 0 2 2147483647 2 2 2 2 2 2147483647 2147483647 2147483647 2147483647 2147483647 2147483647 2147483647
int Min: -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -70000 -70000 -70000 -70000 -70000 -2147483648 -70000 -1 -1 -1 -1 -2147483648 -70000 -1 0 0 0 -2147483648 -70000 -1 0 2 2 -2147483648 -70000 -1 0 2 2147483647
int MaxNumber: -2147483648 -70000 -1 0 2 2147483647 -70000 -70000 -1 0 2 2147483647 -1 -1 -1 0 2 2147483647 0 0 0 0 2 2147483647 2 2 2 2 2 2147483647 2147483647 2147483647 2147483647 2147483647 2147483647 2147483647
int MinNumber: -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -70000 -70000 -70000 -70000 -70000 -2147483648 -70000 -1 -1 -1 -1 -2147483648 -70000 -1 0 0 0 -2147483648 -70000 -1 0 2 2 -2147483648 -70000 -1 0 2 2147483647
int MaxNative: -2147483648 -70000 -1 0 2 2147483647 -70000 -70000 -1 0 2 2147483647 -1 -1 -1 0 2 2147483647 0 0 0 0 2 2147483647 2 2 2 2 2 2147483647 2147483647 2147483647 2147483647 2147483647 2147483647 2147483647
int MinNative: -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -70000 -70000 -70000 -70000 -70000 -2147483648 -70000 -1 -1 -1 -1 -2147483648 -70000 -1 0 0 0 -2147483648 -70000 -1 0 2 2 -2147483648 -70000 -1 0 2 2147483647
int MaxMagnitude: -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -70000 -70000 -70000 -70000 2147483647 -2147483648 -70000 -1 -1 2 2147483647 -2147483648 -70000 -1 0 2 2147483647 -2147483648 -70000 2 2 2 2147483647 -2147483648 2147483647 2147483647 2147483647 2147483647 2147483647
int MinMagnitude: -2147483648 -70000 -1 0 2 2147483647 -70000 -70000 -1 0 2 -70000 -1 -1 -1 0 -1 -1 0 0 0 0 0 0 2 2 -1 0 2 2 2147483647 -70000 -1 0 2 2147483647
int MaxMagnitudeNumber: -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -2147483648 -70000 -70000 -70000 -70000 2147483647 -2147483648 -70000 -1 -1 2 2147483647 -2147483648 -70000 -1 0 2 2147483647 -2147483648 -70000 2 2 2 2147483647 -2147483648 2147483647 2147483647 2147483647 2147483647 2147483647
int MinMagnitudeNumber: -2147483648 -70000 -1 0 2 2147483647 -70000 -70000 -1 0 2 -70000 -1 -1 -1 0 -1 -1 0 0 0 0 0 0 2 2 -1 0 2 2 2147483647 -70000 -1 0 2 2147483647
int CopySign: -2147483648 -2147483648 -2147483648 - - - -70000 -70000 -70000 70000 70000 70000 -1 -1 -1 1 1 1 0 0 0 0 0 0 -2 -2 -2 2 2 2 -2147483647 -2147483647 -2147483647 2147483647 2147483647 2147483647
int +: #41F4F47F5B25E9BD
int -: #CADFF6ABE0F602AE
int *: #3827950FD1C24AFC
int /: #69B332B0A3D64B6E
int %: #577527085EDD328D
int <: #76E0C3E1277C85E2
int <=: #8798DEAF359AD00A
int >: #32DD59FDF0DEEC3A
int >=: #0D6DE82F3075F8B2
int ==: #1365F8BBFCB0568D
int !=: #74199F2D9408F47D
int CompareTo: #2A7EE6FC3CEDA2A4
int Equals: #1365F8BBFCB0568D
int Clamp/ClampNative/MultiplyAddEstimate: -2147483648 -70000/-70000 0 -2147483648 0 -2147413648 -1/-1 70000 2147483646 -2 2147343648 0/0 -140000 -2147483644 4
uint constants: 0 1 0 1 0 4294967295 2 signed=0
uint 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=4294967295
uint 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=4294967295 plus=1 inc=2 dec=0
uint 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=4294967294 plus=2 inc=3 dec=1
uint 3000000000: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=3000000000 sign=1 neg=1294967296 plus=3000000000 inc=3000000001 dec=2999999999
uint 4294967295: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=4294967295 sign=1 neg=1 plus=4294967295 inc=0 dec=4294967294
uint Max: #C6DBAFD8104657BC
uint Min: #3077F4A481B0874C
uint MaxNumber: #C6DBAFD8104657BC
uint MinNumber: #3077F4A481B0874C
uint MaxNative: #C6DBAFD8104657BC
uint MinNative: #3077F4A481B0874C
uint MaxMagnitude: #C6DBAFD8104657BC
uint MinMagnitude: #3077F4A481B0874C
uint MaxMagnitudeNumber: #C6DBAFD8104657BC
uint MinMagnitudeNumber: #3077F4A481B0874C
uint CopySign: #0477962B0701DED2
uint +: #CDEDFFC2DD1293FA
uint -: #EA135EA8D1D86479
uint *: #FAA3454561277C93
uint /: #7FF2AE8DA2162869
uint %: #9856BA0A3365B735
uint <: #E3A50D7521ABDFBD
uint <=: #9AE473930D59C7BA
uint >: #DE19004A97BA8A1D
uint >=: #388CC5F83CA0A97A
uint ==: #7F38483F8789D6AA
uint !=: #BD74838D5E29D25D
uint CompareTo: #53B07AA9B5BF7117
uint Equals: #7F38483F8789D6AA
uint Clamp/ClampNative/MultiplyAddEstimate: 0 1/1 3000000000 0 3000000000 2 2/2 3000000002 4294967294 2999999998 4294967295 3000000000/3000000000 2999999999 1 3000000001
long constants: 0 1 0 1 -9223372036854775808 9223372036854775807 2 signed=1
long -9223372036854775808: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 sign=-1 neg=-9223372036854775808 plus=-9223372036854775808 inc=-9223372036854775807 dec=9223372036854775807
long -5000000000: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=5000000000 sign=-1 neg=5000000000 plus=-5000000000 inc=-4999999999 dec=-5000000001
long -1: neg1 pos0 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=-1 neg=1 plus=-1 inc=0 dec=-2
long 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=-1
long 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=-2 plus=2 inc=3 dec=1
long 9223372036854775807: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=9223372036854775807 sign=1 neg=-9223372036854775807 plus=9223372036854775807 inc=-9223372036854775808 dec=9223372036854775806
long Max: #9A7B3797B9E0FD27
long Min: #336AA350F056A85F
long MaxNumber: #9A7B3797B9E0FD27
long MinNumber: #336AA350F056A85F
long MaxNative: #9A7B3797B9E0FD27
long MinNative: #336AA350F056A85F
long MaxMagnitude: #33B04D3E277DC5C7
long MinMagnitude: #F579D7BFBB35A88B
long MaxMagnitudeNumber: #33B04D3E277DC5C7
long MinMagnitudeNumber: #F579D7BFBB35A88B
long CopySign: #B6F2FB79821C037C
long +: #ECC06B36FA1E6FC9
long -: #F1C5B418FAC698B4
long *: #0999212943D1F367
long /: #7A05626747EFBD4B
long %: #7F2358074FF828B3
long <: #76E0C3E1277C85E2
long <=: #8798DEAF359AD00A
long >: #32DD59FDF0DEEC3A
long >=: #0D6DE82F3075F8B2
long ==: #1365F8BBFCB0568D
long !=: #74199F2D9408F47D
long CompareTo: #2A7EE6FC3CEDA2A4
long Equals: #1365F8BBFCB0568D
long Clamp/ClampNative/MultiplyAddEstimate: -9223372036854775808 -5000000000/-5000000000 0 -9223372036854775808 0 -9223372031854775808 -1/-1 5000000000 9223372036854775806 -2 9223372026854775808 0/0 -10000000000 -9223372036854775804 4
ulong constants: 0 1 0 1 0 18446744073709551615 2 signed=0
ulong 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=18446744073709551615
ulong 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=18446744073709551615 plus=1 inc=2 dec=0
ulong 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=18446744073709551614 plus=2 inc=3 dec=1
ulong 10000000000000000000: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=10000000000000000000 sign=1 neg=8446744073709551616 plus=10000000000000000000 inc=10000000000000000001 dec=9999999999999999999
ulong 18446744073709551615: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=18446744073709551615 sign=1 neg=1 plus=18446744073709551615 inc=0 dec=18446744073709551614
ulong Max: #96AF34B2929F6928
ulong Min: #F89ACEA18E243968
ulong MaxNumber: #96AF34B2929F6928
ulong MinNumber: #F89ACEA18E243968
ulong MaxNative: #96AF34B2929F6928
ulong MinNative: #F89ACEA18E243968
ulong MaxMagnitude: #96AF34B2929F6928
ulong MinMagnitude: #F89ACEA18E243968
ulong MaxMagnitudeNumber: #96AF34B2929F6928
ulong MinMagnitudeNumber: #F89ACEA18E243968
ulong CopySign: #928EE702AF3701AE
ulong +: #CCC5ACCFD3DC6FF8
ulong -: #834814E6D616AD7B
ulong *: #773EC33C5C8A3B5C
ulong /: #03285AC1B941E528
ulong %: #C3AB88DED7D9EBB3
ulong <: #E3A50D7521ABDFBD
ulong <=: #9AE473930D59C7BA
ulong >: #DE19004A97BA8A1D
ulong >=: #388CC5F83CA0A97A
ulong ==: #7F38483F8789D6AA
ulong !=: #BD74838D5E29D25D
ulong CompareTo: #53B07AA9B5BF7117
ulong Equals: #7F38483F8789D6AA
ulong Clamp/ClampNative/MultiplyAddEstimate: 0 1/1 10000000000000000000 0 10000000000000000000 2 2/2 10000000000000000002 18446744073709551614 9999999999999999998 18446744073709551615 10000000000000000000/10000000000000000000 9999999999999999999 1 10000000000000000001
nint constants: 0 1 0 1 -9223372036854775808 9223372036854775807 2 signed=1
nint -9223372036854775808: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 sign=-1 neg=-9223372036854775808 plus=-9223372036854775808 inc=-9223372036854775807 dec=9223372036854775807
nint -5000000000: neg1 pos0 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=5000000000 sign=-1 neg=5000000000 plus=-5000000000 inc=-4999999999 dec=-5000000001
nint -1: neg1 pos0 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=-1 neg=1 plus=-1 inc=0 dec=-2
nint 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=-1
nint 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=-2 plus=2 inc=3 dec=1
nint 9223372036854775807: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=9223372036854775807 sign=1 neg=-9223372036854775807 plus=9223372036854775807 inc=-9223372036854775808 dec=9223372036854775806
nint Max: #9A7B3797B9E0FD27
nint Min: #336AA350F056A85F
nint MaxNumber: #9A7B3797B9E0FD27
nint MinNumber: #336AA350F056A85F
nint MaxNative: #9A7B3797B9E0FD27
nint MinNative: #336AA350F056A85F
nint MaxMagnitude: #33B04D3E277DC5C7
nint MinMagnitude: #F579D7BFBB35A88B
nint MaxMagnitudeNumber: #33B04D3E277DC5C7
nint MinMagnitudeNumber: #F579D7BFBB35A88B
nint CopySign: #B6F2FB79821C037C
nint +: #ECC06B36FA1E6FC9
nint -: #F1C5B418FAC698B4
nint *: #0999212943D1F367
nint /: #7A05626747EFBD4B
nint %: #7F2358074FF828B3
nint <: #76E0C3E1277C85E2
nint <=: #8798DEAF359AD00A
nint >: #32DD59FDF0DEEC3A
nint >=: #0D6DE82F3075F8B2
nint ==: #1365F8BBFCB0568D
nint !=: #74199F2D9408F47D
nint CompareTo: #2A7EE6FC3CEDA2A4
nint Equals: #1365F8BBFCB0568D
nint Clamp/ClampNative/MultiplyAddEstimate: -9223372036854775808 -5000000000/-5000000000 0 -9223372036854775808 0 -9223372031854775808 -1/-1 5000000000 9223372036854775806 -2 9223372026854775808 0/0 -10000000000 -9223372036854775804 4
nuint constants: 0 1 0 1 0 18446744073709551615 2 signed=0
nuint 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=18446744073709551615
nuint 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=18446744073709551615 plus=1 inc=2 dec=0
nuint 2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=2 sign=1 neg=18446744073709551614 plus=2 inc=3 dec=1
nuint 10000000000000000000: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=10000000000000000000 sign=1 neg=8446744073709551616 plus=10000000000000000000 inc=10000000000000000001 dec=9999999999999999999
nuint 18446744073709551615: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=18446744073709551615 sign=1 neg=1 plus=18446744073709551615 inc=0 dec=18446744073709551614
nuint Max: #96AF34B2929F6928
nuint Min: #F89ACEA18E243968
nuint MaxNumber: #96AF34B2929F6928
nuint MinNumber: #F89ACEA18E243968
nuint MaxNative: #96AF34B2929F6928
nuint MinNative: #F89ACEA18E243968
nuint MaxMagnitude: #96AF34B2929F6928
nuint MinMagnitude: #F89ACEA18E243968
nuint MaxMagnitudeNumber: #96AF34B2929F6928
nuint MinMagnitudeNumber: #F89ACEA18E243968
nuint CopySign: #928EE702AF3701AE
nuint +: #CCC5ACCFD3DC6FF8
nuint -: #834814E6D616AD7B
nuint *: #773EC33C5C8A3B5C
nuint /: #03285AC1B941E528
nuint %: #C3AB88DED7D9EBB3
nuint <: #E3A50D7521ABDFBD
nuint <=: #9AE473930D59C7BA
nuint >: #DE19004A97BA8A1D
nuint >=: #388CC5F83CA0A97A
nuint ==: #7F38483F8789D6AA
nuint !=: #BD74838D5E29D25D
nuint CompareTo: #53B07AA9B5BF7117
nuint Equals: #7F38483F8789D6AA
nuint Clamp/ClampNative/MultiplyAddEstimate: 0 1/1 10000000000000000000 0 10000000000000000000 2 2/2 10000000000000000002 18446744073709551614 9999999999999999998 18446744073709551615 10000000000000000000/10000000000000000000 9999999999999999999 1 10000000000000000001
float constants: 0 1 0 1 -3.4028235E+38 3.4028235E+38 2 signed=1
float NaN: neg1 pos0 zero0 nan1 fin0 inf000 int0 even0 odd0 normal0 sub0 real0 canon1 cplx00 abs=NaN neg=NaN plus=NaN inc=NaN dec=NaN
float -Infinity: neg1 pos0 zero0 nan0 fin0 inf110 int0 even0 odd0 normal0 sub0 real1 canon1 cplx00 abs=Infinity sign=-1 neg=Infinity plus=-Infinity inc=-Infinity dec=-Infinity
float -2.5: neg1 pos0 zero0 nan0 fin1 inf000 int0 even0 odd0 normal1 sub0 real1 canon1 cplx00 abs=2.5 sign=-1 neg=2.5 plus=-2.5 inc=-1.5 dec=-3.5
float -0: neg1 pos0 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=-0 inc=1 dec=-1
float 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=-0 plus=0 inc=1 dec=-1
float 1E-45: neg0 pos1 zero0 nan0 fin1 inf000 int0 even0 odd0 normal0 sub1 real1 canon1 cplx00 abs=1E-45 sign=1 neg=-1E-45 plus=1E-45 inc=1 dec=-1
float 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=-1 plus=1 inc=2 dec=0
float 3: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=3 sign=1 neg=-3 plus=3 inc=4 dec=2
float Infinity: neg0 pos1 zero0 nan0 fin0 inf101 int0 even0 odd0 normal0 sub0 real1 canon1 cplx00 abs=Infinity sign=1 neg=-Infinity plus=Infinity inc=Infinity dec=Infinity
float Max: #47ABB60B8FAA30FE
float Min: #FD5231AE8182016A
float MaxNumber: #8D0134FE806ADB1E
float MinNumber: #9E0B15B603B459D8
float MaxNative: #61D453F126097A4F
float MinNative: #7F0BA576CE86F4B5
float MaxMagnitude: #A5BED2F65A697FB2
float MinMagnitude: #AC27A9D6974E65B0
float MaxMagnitudeNumber: #BF04F7DB5A22BC32
float MinMagnitudeNumber: #FFB69EA2A35F13BA
float CopySign: #74B3B0551D6B40F9
float +: #0153A5BF9D2DB96C
float -: #E837BC9664AFB36E
float *: #7EC1F4E26A59A2B7
float /: #434883D48D1CF352
float %: #8EBE776591640BE5
float <: #5B2A826B64ABBBF2
float <=: #0745D9C43686E942
float >: #CBACA4CBE0F106F2
float >=: #0CA30B1B3D3F7DF2
float ==: #E3C560808D164E3D
float !=: #1F15961A684ADCCA
float CompareTo: #CB624EC7379555AE
float Equals: #0DBFA40262FDB80A
float Clamp/ClampNative/MultiplyAddEstimate: NaN NaN/-Infinity NaN NaN/-Infinity NaN NaN NaN/-0 NaN NaN/0 NaN NaN NaN NaN NaN -2.5/-2.5 Infinity -2.5/-2.5 Infinity NaN -0/-0 -0 0/0 1 NaN -7.5 -6.5 NaN -0/-0 NaN 0/0 NaN NaN -0/-0 0 0/0 1 NaN 0 1 NaN -0/-0 -Infinity 1/1 -Infinity NaN -0/-0 0 1/1 1 NaN 3 4 NaN -0/-0 -Infinity 1/1 -Infinity NaN -0/-0 NaN 1/1 NaN NaN Infinity Infinity
double constants: 0 1 0 1 -1.7976931348623157E+308 1.7976931348623157E+308 2 signed=1
double NaN: neg1 pos0 zero0 nan1 fin0 inf000 int0 even0 odd0 normal0 sub0 real0 canon1 cplx00 abs=NaN neg=NaN plus=NaN inc=NaN dec=NaN
double -Infinity: neg1 pos0 zero0 nan0 fin0 inf110 int0 even0 odd0 normal0 sub0 real1 canon1 cplx00 abs=Infinity sign=-1 neg=Infinity plus=-Infinity inc=-Infinity dec=-Infinity
double -2.5: neg1 pos0 zero0 nan0 fin1 inf000 int0 even0 odd0 normal1 sub0 real1 canon1 cplx00 abs=2.5 sign=-1 neg=2.5 plus=-2.5 inc=-1.5 dec=-3.5
double -0: neg1 pos0 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=-0 inc=1 dec=-1
double 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=-0 plus=0 inc=1 dec=-1
double 5E-324: neg0 pos1 zero0 nan0 fin1 inf000 int0 even0 odd0 normal0 sub1 real1 canon1 cplx00 abs=5E-324 sign=1 neg=-5E-324 plus=5E-324 inc=1 dec=-1
double 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=-1 plus=1 inc=2 dec=0
double 3: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=3 sign=1 neg=-3 plus=3 inc=4 dec=2
double Infinity: neg0 pos1 zero0 nan0 fin0 inf101 int0 even0 odd0 normal0 sub0 real1 canon1 cplx00 abs=Infinity sign=1 neg=-Infinity plus=Infinity inc=Infinity dec=Infinity
double Max: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity NaN -2.5 -2.5 -0 0 5E-324 1 3 Infinity NaN -0 -0 -0 0 5E-324 1 3 Infinity NaN 0 0 0 0 5E-324 1 3 Infinity NaN 5E-324 5E-324 5E-324 5E-324 5E-324 1 3 Infinity NaN 1 1 1 1 1 1 3 Infinity NaN 3 3 3 3 3 3 3 Infinity NaN Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity
double Min: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity NaN -Infinity -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 NaN -Infinity -2.5 -0 -0 -0 -0 -0 -0 NaN -Infinity -2.5 -0 0 0 0 0 0 NaN -Infinity -2.5 -0 0 5E-324 5E-324 5E-324 5E-324 NaN -Infinity -2.5 -0 0 5E-324 1 1 1 NaN -Infinity -2.5 -0 0 5E-324 1 3 3 NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity
double MaxNumber: NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity -Infinity -Infinity -2.5 -0 0 5E-324 1 3 Infinity -2.5 -2.5 -2.5 -0 0 5E-324 1 3 Infinity -0 -0 -0 -0 0 5E-324 1 3 Infinity 0 0 0 0 0 5E-324 1 3 Infinity 5E-324 5E-324 5E-324 5E-324 5E-324 5E-324 1 3 Infinity 1 1 1 1 1 1 1 3 Infinity 3 3 3 3 3 3 3 3 Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity
double MinNumber: NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -2.5 -Infinity -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -0 -Infinity -2.5 -0 -0 -0 -0 -0 -0 0 -Infinity -2.5 -0 0 0 0 0 0 5E-324 -Infinity -2.5 -0 0 5E-324 5E-324 5E-324 5E-324 1 -Infinity -2.5 -0 0 5E-324 1 1 1 3 -Infinity -2.5 -0 0 5E-324 1 3 3 Infinity -Infinity -2.5 -0 0 5E-324 1 3 Infinity
double MaxNative: NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity NaN -2.5 -2.5 -0 0 5E-324 1 3 Infinity NaN -0 -0 -0 0 5E-324 1 3 Infinity NaN 0 0 -0 0 5E-324 1 3 Infinity NaN 5E-324 5E-324 5E-324 5E-324 5E-324 1 3 Infinity NaN 1 1 1 1 1 1 3 Infinity NaN 3 3 3 3 3 3 3 Infinity NaN Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity
double MinNative: NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity NaN -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity NaN -Infinity -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 -2.5 NaN -Infinity -2.5 -0 0 -0 -0 -0 -0 NaN -Infinity -2.5 -0 0 0 0 0 0 NaN -Infinity -2.5 -0 0 5E-324 5E-324 5E-324 5E-324 NaN -Infinity -2.5 -0 0 5E-324 1 1 1 NaN -Infinity -2.5 -0 0 5E-324 1 3 3 NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity
double MaxMagnitude: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity Infinity NaN -Infinity -2.5 -2.5 -2.5 -2.5 -2.5 3 Infinity NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity NaN -Infinity -2.5 0 0 5E-324 1 3 Infinity NaN -Infinity -2.5 5E-324 5E-324 5E-324 1 3 Infinity NaN -Infinity -2.5 1 1 1 1 3 Infinity NaN -Infinity 3 3 3 3 3 3 Infinity NaN Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity
double MinMagnitude: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN -Infinity -2.5 -0 0 5E-324 1 3 -Infinity NaN -2.5 -2.5 -0 0 5E-324 1 -2.5 -2.5 NaN -0 -0 -0 -0 -0 -0 -0 -0 NaN 0 0 -0 0 0 0 0 0 NaN 5E-324 5E-324 -0 0 5E-324 5E-324 5E-324 5E-324 NaN 1 1 -0 0 5E-324 1 1 1 NaN 3 -2.5 -0 0 5E-324 1 3 3 NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity
double MaxMagnitudeNumber: NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity -Infinity Infinity -2.5 -Infinity -2.5 -2.5 -2.5 -2.5 -2.5 3 Infinity -0 -Infinity -2.5 -0 0 5E-324 1 3 Infinity 0 -Infinity -2.5 0 0 5E-324 1 3 Infinity 5E-324 -Infinity -2.5 5E-324 5E-324 5E-324 1 3 Infinity 1 -Infinity -2.5 1 1 1 1 3 Infinity 3 -Infinity 3 3 3 3 3 3 Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity Infinity
double MinMagnitudeNumber: NaN -Infinity -2.5 -0 0 5E-324 1 3 Infinity -Infinity -Infinity -2.5 -0 0 5E-324 1 3 -Infinity -2.5 -2.5 -2.5 -0 0 5E-324 1 -2.5 -2.5 -0 -0 -0 -0 -0 -0 -0 -0 -0 0 0 0 -0 0 0 0 0 0 5E-324 5E-324 5E-324 -0 0 5E-324 5E-324 5E-324 5E-324 1 1 1 -0 0 5E-324 1 1 1 3 3 -2.5 -0 0 5E-324 1 3 3 Infinity -Infinity -2.5 -0 0 5E-324 1 3 Infinity
double CopySign: NaN NaN NaN NaN NaN NaN NaN NaN NaN -Infinity -Infinity -Infinity -Infinity Infinity Infinity Infinity Infinity Infinity -2.5 -2.5 -2.5 -2.5 2.5 2.5 2.5 2.5 2.5 -0 -0 -0 -0 0 0 0 0 0 -0 -0 -0 -0 0 0 0 0 0 -5E-324 -5E-324 -5E-324 -5E-324 5E-324 5E-324 5E-324 5E-324 5E-324 -1 -1 -1 -1 1 1 1 1 1 -3 -3 -3 -3 3 3 3 3 3 -Infinity -Infinity -Infinity -Infinity Infinity Infinity Infinity Infinity Infinity
double +: #2F304FB5FF853CA3
double -: #B02AD87DD6CA5C76
double *: #5F17DFDBD7CC70A1
double /: #887ACBFAB56704D9
double %: #84F7B26B1A1BFCE1
double <: #5B2A826B64ABBBF2
double <=: #0745D9C43686E942
double >: #CBACA4CBE0F106F2
double >=: #0CA30B1B3D3F7DF2
double ==: #E3C560808D164E3D
double !=: #1F15961A684ADCCA
double CompareTo: #CB624EC7379555AE
double Equals: #0DBFA40262FDB80A
double Clamp/ClampNative/MultiplyAddEstimate: NaN NaN/-Infinity NaN NaN/-Infinity NaN NaN NaN/-0 NaN NaN/0 NaN NaN NaN NaN NaN -2.5/-2.5 Infinity -2.5/-2.5 Infinity NaN -0/-0 -0 0/0 1 NaN -7.5 -6.5 NaN -0/-0 NaN 0/0 NaN NaN -0/-0 0 0/0 1 NaN 0 1 NaN -0/-0 -Infinity 1/1 -Infinity NaN -0/-0 0 1/1 1 NaN 3 4 NaN -0/-0 -Infinity 1/1 -Infinity NaN -0/-0 NaN 1/1 NaN NaN Infinity Infinity
decimal constants: 0 1 0 1 -79228162514264337593543950335 79228162514264337593543950335 10 signed=1
decimal -2.5: neg1 pos0 zero0 nan0 fin1 inf000 int0 even0 odd0 normal1 sub0 real1 canon1 cplx00 abs=2.5 sign=-1 neg=2.5 plus=-2.5 inc=-1.5 dec=-3.5
decimal -1: neg1 pos0 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=-1 neg=1 plus=-1 inc=0 dec=-2
decimal 0.0: neg1 pos0 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon0 cplx00 abs=0.0 sign=0 neg=0.0 plus=0.0 inc=1.0 dec=-1.0
decimal 0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=0 sign=0 neg=0 plus=0 inc=1 dec=-1
decimal 0.10: neg0 pos1 zero0 nan0 fin1 inf000 int0 even0 odd0 normal1 sub0 real1 canon0 cplx00 abs=0.10 sign=1 neg=-0.10 plus=0.10 inc=1.10 dec=-0.90
decimal 1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=1 sign=1 neg=-1 plus=1 inc=2 dec=0
decimal 3: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=3 sign=1 neg=-3 plus=3 inc=4 dec=2
decimal 10000000000: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=10000000000 sign=1 neg=-10000000000 plus=10000000000 inc=10000000001 dec=9999999999
decimal Max: #81ADAB703FC4B955
decimal Min: #6CA2B54E6C3E4E79
decimal MaxNumber: #81ADAB703FC4B955
decimal MinNumber: #6CA2B54E6C3E4E79
decimal MaxNative: #FC7BF0F5F6BA47A1
decimal MinNative: #6CA2B54E6C3E4E79
decimal MaxMagnitude: #F44D42935F65C611
decimal MinMagnitude: #8BBFF6F4F0E5F5C3
decimal MaxMagnitudeNumber: #F44D42935F65C611
decimal MinMagnitudeNumber: #8BBFF6F4F0E5F5C3
decimal CopySign: #755DAA9735E4B59D
decimal +: #3167586EA6AED794
decimal -: #33EC71C7014DE056
decimal *: #F4C393CEA22308FF
decimal /: #DC24CDFB961E54FF
decimal %: #F27DFE8121330B0E
decimal <: #70F0CF9E9E024E52
decimal <=: #4F65C833117C234A
decimal >: #FD6D409A48C8827A
decimal >=: #AC803A18639AFD92
decimal ==: #61D87C3545E711AD
decimal !=: #6B7C9DEA0B5BCB7D
decimal CompareTo: #723CBED0C2CC85C4
decimal Equals: #61D87C3545E711AD
decimal Clamp/ClampNative/MultiplyAddEstimate: 0.0 -1/-1 2.5 -1/-1 5.5 -2.750 -0.250 0.10/0.10 2.750 -25000000002.5 -25000000000.0 -24999999997.0 -2.5 0.0/0 0.0 0.0/0.0 3.0 -2.500 0.000 0.10/0.10 3.000 -2.5 0 3 -2.60 0/0 -0.10 0.10/0.10 2.90 -2.4900 0.0100 0.10/0.10 3.0100 999999997.50 1000000000.00 1000000003.00 -5.5 0/0 -3 3/3 0 -2.20 0.30 3/3 3.30 29999999997.5 30000000000 30000000003
char constants: c0 c1 c0 c1 c0 c65535 2 signed=0
char c0: neg0 pos1 zero1 nan0 fin1 inf000 int1 even1 odd0 normal0 sub0 real1 canon1 cplx00 abs=c0 sign=0 neg=c0 plus=c0 inc=c1 dec=c65535
char c1: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=c1 sign=1 neg=c65535 plus=c1 inc=c2 dec=c0
char c2: neg0 pos1 zero0 nan0 fin1 inf000 int1 even1 odd0 normal1 sub0 real1 canon1 cplx00 abs=c2 sign=1 neg=c65534 plus=c2 inc=c3 dec=c1
char c65: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=c65 sign=1 neg=c65471 plus=c65 inc=c66 dec=c64
char c65535: neg0 pos1 zero0 nan0 fin1 inf000 int1 even0 odd1 normal1 sub0 real1 canon1 cplx00 abs=c65535 sign=1 neg=c1 plus=c65535 inc=c0 dec=c65534
char Max: #82ADA14ECB5D42E8
char Min: #6623C49FDD43D448
char MaxNumber: #82ADA14ECB5D42E8
char MinNumber: #6623C49FDD43D448
char MaxNative: #82ADA14ECB5D42E8
char MinNative: #6623C49FDD43D448
char MaxMagnitude: #82ADA14ECB5D42E8
char MinMagnitude: #6623C49FDD43D448
char MaxMagnitudeNumber: #82ADA14ECB5D42E8
char MinMagnitudeNumber: #6623C49FDD43D448
char CopySign: #59B345D126B52AF8
char +: #3F3A22AA5F669649
char -: #0048021398086D24
char *: #FC66416396AD36BB
char /: #1AA021832EC49EDE
char %: #A8B9430930AD66A8
char <: #E3A50D7521ABDFBD
char <=: #9AE473930D59C7BA
char >: #DE19004A97BA8A1D
char >=: #388CC5F83CA0A97A
char ==: #7F38483F8789D6AA
char !=: #BD74838D5E29D25D
char CompareTo: #FEB80485BF504C41
char Equals: #7F38483F8789D6AA
char Clamp/ClampNative/MultiplyAddEstimate: c0 c1/c1 c65 c0 c65 c2 c2/c2 c67 c65534 c63 c65535 c65/c65 c64 c1 c66
sbyte checked: 7 8 6 -2 3
sbyte create: 100 100 12 0/0 -128/-128 -128/-128 -128/-128 -128/-128 -1/-1 0/0 0/0 127/127 127/127 127/127 127/127 127/127 127/127 127/127 -128/0 -128/-64 -128/127 -1/-1 0/0 127/-56 127/112 127/0 127/-1 127/-1 -5/44 -3/127
sbyte convert: -128/128/-128/-128/0/-128/-128/18446744073709551488 -1/255/-1/-1/0/-1/-1/18446744073709551615 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 127/127/127/127/127/127/127/127
sbyte parse: 42 17 31 1-3 00 99 15 00
sbyte utf8: 1-128 00 1-1.28E+002 10 00 10.00E+000 17 00 17.00E+000 1127 00 11.27E+002
byte checked: 7 8 6 - 3
byte create: 100 100 12 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 127/127 255/255 255/255 255/255 255/255 255/255 255/255 0/0 0/192 0/127 0/255 0/0 200/200 255/112 255/0 255/255 255/255 0/44 0/255
byte convert: 0/0/0/0/0/0/0/0 255/255/255/255/255/255/127/255 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 255/255/255/255/255/255/127/255
byte parse: 42 17 31 00 00 99 15 00
byte utf8: 10 00 10.00E+000 10 00 10.00E+000 17 00 17.00E+000 1255 00 12.55E+002
short checked: 7 8 6 -2 3
short create: 100 100 12 0/0 -32768/-32768 -32768/-32768 -32768/-32768 -129/-129 -1/-1 0/0 0/0 127/127 255/255 32767/32767 32767/32767 32767/32767 32767/32767 32767/32767 -32768/0 -32768/25536 -129/-129 -1/-1 0/0 200/200 32767/4464 32767/-3584 32767/-1 32767/-1 -5/300 -3/32767
short convert: -32768/0/-32768/-32768/0/-32768/-128/18446744073709518848 -1/255/-1/-1/0/-1/-1/18446744073709551615 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 32767/255/32767/32767/32767/32767/127/32767
short parse: 42 17 31 1-3 00 99 15 1300
short utf8: 1-32768 00 1-3.28E+004 10 00 10.00E+000 17 00 17.00E+000 132767 00 13.28E+004
ushort checked: 7 8 6 - 3
ushort create: 100 100 12 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 127/127 255/255 65535/65535 65535/65535 65535/65535 65535/65535 65535/65535 0/0 0/25536 0/65407 0/65535 0/0 200/200 65535/4464 65535/61952 65535/65535 65535/65535 0/300 0/65535
ushort convert: 0/0/0/0/0/0/0/0 65535/255/65535/65535/65535/65535/127/65535 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 65535/255/65535/65535/65535/65535/127/65535
ushort parse: 42 17 31 00 00 99 15 1300
ushort utf8: 10 00 10.00E+000 10 00 10.00E+000 17 00 17.00E+000 165535 00 16.55E+004
int checked: 7 8 6 -2 3
int create: 100 100 12 0/0 -2147483648/-2147483648 -2147483648/-2147483648 -40000/-40000 -129/-129 -1/-1 0/0 0/0 127/127 255/255 65535/65535 2147483647/2147483647 2147483647/2147483647 2147483647/2147483647 2147483647/2147483647 -2147483648/0 -40000/-40000 -129/-129 -1/-1 0/0 200/200 70000/70000 2147483647/705032704 2147483647/-1 2147483647/-1 -5/300 -3/2147483647
int convert: -2147483648/0/-2147483648/-2147483648/0/-2.1474836E+09/-128/18446744071562067968 -1/255/-1/-1/0/-1/-1/18446744073709551615 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/2147483647/2147483647/2147483647/2.1474836E+09/127/2147483647
int parse: 42 17 31 1-3 00 99 15 1300
int utf8: 1-2147483648 00 1-2.15E+009 10 00 10.00E+000 17 00 17.00E+000 12147483647 00 12.15E+009
uint checked: 7 8 6 - 3
uint create: 100 100 12 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 127/127 255/255 65535/65535 3000000000/3000000000 4294967295/4294967295 4294967295/4294967295 4294967295/4294967295 0/0 0/4294927296 0/4294967167 0/4294967295 0/0 200/200 70000/70000 4294967295/705032704 4294967295/4294967295 4294967295/4294967295 0/300 0/4294967295
uint convert: 0/0/0/0/0/0/0/0 2147483647/255/4294967295/4294967295/4294967295/4.2949673E+09/127/4294967295 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/4294967295/4294967295/4294967295/4.2949673E+09/127/4294967295
uint parse: 42 17 31 00 00 99 15 1300
uint utf8: 10 00 10.00E+000 10 00 10.00E+000 17 00 17.00E+000 14294967295 00 14.29E+009
long checked: 7 8 6 -2 3
long create: 100 100 12 0/0 -9223372036854775808/-9223372036854775808 -9223372036854775808/-9223372036854775808 -40000/-40000 -129/-129 -1/-1 0/0 0/0 127/127 255/255 65535/65535 3000000000/3000000000 9223372036854775807/9223372036854775807 9223372036854775807/9223372036854775807 9223372036854775807/9223372036854775807 -9223372036854775808/-9223372036854775808 -40000/-40000 -129/-129 -1/-1 0/0 200/200 70000/70000 5000000000/5000000000 9223372036854775807/9223372036854775807 9223372036854775807/-1 -5/300 -3/9223372036854775807
long convert: -2147483648/0/-9.223372036854776E+18/-9223372036854775808/0/-9.223372E+18/-128/9223372036854775808 -1/255/-1/-1/0/-1/-1/18446744073709551615 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/9.223372036854776E+18/9223372036854775807/9223372036854775807/9.223372E+18/127/9223372036854775807
long parse: 42 17 31 1-3 00 99 15 1300
long utf8: 1-9223372036854775808 00 1-9.22E+018 10 00 10.00E+000 17 00 17.00E+000 19223372036854775807 00 19.22E+018
ulong checked: 7 8 6 - 3
ulong create: 100 100 12 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 127/127 255/255 65535/65535 3000000000/3000000000 10000000000000000000/10000000000000000000 18446744073709551615/18446744073709551615 18446744073709551615/18446744073709551615 0/9223372036854775808 0/18446744073709511616 0/18446744073709551487 0/18446744073709551615 0/0 200/200 70000/70000 5000000000/5000000000 9223372036854775807/9223372036854775807 18446744073709551615/18446744073709551615 0/300 0/18446744073709551615
ulong convert: 0/0/0/0/0/0/0/0 2147483647/255/1.8446744073709552E+19/-1/18446744073709551615/1.8446744E+19/127/18446744073709551615 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/1.8446744073709552E+19/-1/18446744073709551615/1.8446744E+19/127/18446744073709551615
ulong parse: 42 17 31 00 00 99 15 1300
ulong utf8: 10 00 10.00E+000 10 00 10.00E+000 17 00 17.00E+000 118446744073709551615 00 11.84E+019
nint checked: 7 8 6 -2 3
nint create: 100 100 12 0/0 -9223372036854775808/-9223372036854775808 -9223372036854775808/-9223372036854775808 -40000/-40000 -129/-129 -1/-1 0/0 0/0 127/127 255/255 65535/65535 3000000000/3000000000 9223372036854775807/9223372036854775807 9223372036854775807/9223372036854775807 9223372036854775807/9223372036854775807 -9223372036854775808/-9223372036854775808 -40000/-40000 -129/-129 -1/-1 0/0 200/200 70000/70000 5000000000/5000000000 9223372036854775807/9223372036854775807 9223372036854775807/-1 -5/300 -3/9223372036854775807
nint convert: -2147483648/0/-9.223372036854776E+18/-9223372036854775808/0/-9.223372E+18/-128/9223372036854775808 -1/255/-1/-1/0/-1/-1/18446744073709551615 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/9.223372036854776E+18/9223372036854775807/9223372036854775807/9.223372E+18/127/9223372036854775807
nint parse: 42 17 31 1-3 00 99 15 1300
nint utf8: 1-9223372036854775808 00 1-9.22E+018 10 00 10.00E+000 17 00 17.00E+000 19223372036854775807 00 19.22E+018
nuint checked: 7 8 6 - 3
nuint create: 100 100 12 0/0 0/0 0/0 0/0 0/0 0/0 0/0 0/0 127/127 255/255 65535/65535 3000000000/3000000000 10000000000000000000/10000000000000000000 18446744073709551615/18446744073709551615 18446744073709551615/18446744073709551615 0/9223372036854775808 0/18446744073709511616 0/18446744073709551487 0/18446744073709551615 0/0 200/200 70000/70000 5000000000/5000000000 9223372036854775807/9223372036854775807 18446744073709551615/18446744073709551615 0/300 0/18446744073709551615
nuint convert: 0/0/0/0/0/0/0/0 2147483647/255/1.8446744073709552E+19/-1/18446744073709551615/1.8446744E+19/127/18446744073709551615 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/1.8446744073709552E+19/-1/18446744073709551615/1.8446744E+19/127/18446744073709551615
nuint parse: 42 17 31 00 00 99 15 1300
nuint utf8: 10 00 10.00E+000 10 00 10.00E+000 17 00 17.00E+000 118446744073709551615 00 11.84E+019
float checked: 7 8 6 -2 3.5
float create: 100 100 12.75 NaN/NaN -Infinity/-Infinity -Infinity/-Infinity -40000.5/-40000.5 -129.9/-129.9 -1.5/-1.5 -0/-0 0.7/0.7 127.9/127.9 255.5/255.5 65535.5/65535.5 3E+09/3E+09 1E+19/1E+19 Infinity/Infinity Infinity/Infinity -9.223372E+18/-9.223372E+18 -40000/-40000 -129/-129 -1/-1 0/0 200/200 70000/70000 5E+09/5E+09 9.223372E+18/9.223372E+18 1.8446744E+19/1.8446744E+19 -5/300 -3.75/3.4028235E+38
float convert: -2147483648/0/-3.4028234663852886E+38/-9223372036854775808/0/-3.4028235E+38/-128/0 -1/0/-1/-1/0/-1/-1/0 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/3.4028234663852886E+38/9223372036854775807/18446744073709551615/3.4028235E+38/127/18446744073709551615
float parse: 42 17 15 1-3 00 99 15 1300
float utf8: 1-3.4028235E+38 00 1-3.40E+038 10 00 10.00E+000 17 00 17.00E+000 13.4028235E+38 00 13.40E+038
double checked: 7 8 6 -2 3.5
double create: 100 100 12.75 NaN/NaN -Infinity/-Infinity -1E+300/-1E+300 -40000.5/-40000.5 -129.9/-129.9 -1.5/-1.5 -0/-0 0.7/0.7 127.9/127.9 255.5/255.5 65535.5/65535.5 3000000000/3000000000 1E+19/1E+19 1E+300/1E+300 Infinity/Infinity -9.223372036854776E+18/-9.223372036854776E+18 -40000/-40000 -129/-129 -1/-1 0/0 200/200 70000/70000 5000000000/5000000000 9.223372036854776E+18/9.223372036854776E+18 1.8446744073709552E+19/1.8446744073709552E+19 -5/300 -3.75/3.4028234663852886E+38
double convert: -2147483648/0/-1.7976931348623157E+308/-9223372036854775808/0/-Infinity/-128/0 -1/0/-1/-1/0/-1/-1/0 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/1.7976931348623157E+308/9223372036854775807/18446744073709551615/Infinity/127/18446744073709551615
double parse: 42 17 15 1-3 00 99 15 1300
double utf8: 1-1.7976931348623157E+308 00 1-1.80E+308 10 00 10.00E+000 17 00 17.00E+000 11.7976931348623157E+308 00 11.80E+308
decimal checked: 7 8 6 -2 3.5
decimal create: 100 100 12.75 0.0/0.0 -79228162514264337593543950335/-79228162514264337593543950335 -79228162514264337593543950335/-79228162514264337593543950335 -40000.5/-40000.5 -129.9/-129.9 -1.5/-1.5 0/0 0.7/0.7 127.9/127.9 255.5/255.5 65535.5/65535.5 3000000000/3000000000 10000000000000000000/10000000000000000000 79228162514264337593543950335/79228162514264337593543950335 79228162514264337593543950335/79228162514264337593543950335 -9223372036854775808/-9223372036854775808 -40000/-40000 -129/-129 -1/-1 0/0 200/200 70000/70000 5000000000/5000000000 9223372036854775807/9223372036854775807 18446744073709551615/18446744073709551615 -5/300 -3.75/79228162514264337593543950335
decimal convert: -2147483648/0/-7.922816251426434E+28/-9223372036854775808/0/-7.9228163E+28/-128/0 -1/0/-1/-1/0/-1/-1/0 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 2147483647/255/7.922816251426434E+28/9223372036854775807/18446744073709551615/7.9228163E+28/127/18446744073709551615
decimal parse: 42 17 15 1-3 00 99 15 1300
decimal utf8: 1-79228162514264337593543950335 00 1-7.92E+028 10 00 10.00E+000 17 00 17.00E+000 179228162514264337593543950335 00 17.92E+028
char checked: c7 c8 c6 - c3
char create: c100 c100 c12 c0/c0 c0/c0 c0/c0 c0/c0 c0/c0 c0/c0 c0/c0 c0/c0 c127/c127 c255/c255 c65535/c65535 c65535/c65535 c65535/c65535 c65535/c65535 c65535/c65535 c0/c0 c0/c25536 c0/c65407 c0/c65535 c0/c0 c200/c200 c65535/c4464 c65535/c61952 c65535/c65535 c65535/c65535 c0/c300 c0/c65535
char convert: 0/0/0/0/0/0/0/0 65535/255/65535/65535/65535/65535/127/65535 0/0/0/0/0/0/0/0 1/1/1/1/1/1/1/1 7/7/7/7/7/7/7/7 65535/255/65535/65535/65535/65535/127/65535
char parse: c65 c66 c67 0c0 0c0 c233 1c8364 0c0
char utf8: 1\x00 11 1\x00 1\x00 11 1\x00 1\xE2\x82\xAC 00 1\xE2\x82\xAC 1\xEF\xBF\xBF 00 1\xEF\xBF\xBF
sbyte NegativeOne: -1 1
short NegativeOne: -1 1
int NegativeOne: -1 1
long NegativeOne: -1 1
nint NegativeOne: -1 1
float NegativeOne: -1 1
double NegativeOne: -1 1
decimal NegativeOne: -1 1
PASS
--- stderr
*/
