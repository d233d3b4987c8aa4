// math/generic_math_user_types: user types implementing the generic-math interfaces and the interface defaults they
// inherit. `Real` (a struct over double with a tag that takes no part in comparisons, so which operand a default
// returns is visible) implements INumber<Real> without Max/Min/Clamp/CopySign/Sign/MaxNumber/MinNumber/*Native,
// MultiplyAddEstimate, Create*, the checked operators and the UTF-8 members: those are INumber's and INumberBase's
// default bodies, including INumberBase's explicit implementations of IUtf8SpanParsable (a static virtual member
// implemented in a derived interface) and of IUtf8SpanFormattable. `Money` (struct) and `Vec` (class) implement only
// operator interfaces. A user interface with static virtual members overrides its base's default in a derived
// interface, generic over the implementing type.
#nullable disable
using System;
using System.Globalization;
using System.Numerics;
using System.Text;

readonly struct Real : INumber<Real>
{
    public readonly double V;
    public readonly int Tag; // not part of the value: shows which operand comes back
    public Real(double v, int tag = 0) { V = v; Tag = tag; }
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public override string ToString() => V.ToString("R", Inv) + (Tag != 0 ? "#" + Tag : "");
    public string ToString(string format, IFormatProvider provider) => V.ToString(format, provider) + (Tag != 0 ? "#" + Tag : "");
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider) => V.TryFormat(destination, out charsWritten, format, provider);
    public override bool Equals(object obj) => obj is Real r && Equals(r);
    public bool Equals(Real other) => V.Equals(other.V);
    public override int GetHashCode() => V.GetHashCode();
    public int CompareTo(object obj) => obj is Real r ? CompareTo(r) : 1;
    public int CompareTo(Real other) => V.CompareTo(other.V);

    public static Real One => new Real(1);
    public static Real Zero => new Real(0);
    public static int Radix => 2;
    public static Real AdditiveIdentity => Zero;
    public static Real MultiplicativeIdentity => One;

    public static Real Abs(Real value) => new Real(Math.Abs(value.V), value.Tag);
    public static bool IsCanonical(Real value) => true;
    public static bool IsComplexNumber(Real value) => false;
    public static bool IsEvenInteger(Real value) => double.IsEvenInteger(value.V);
    public static bool IsFinite(Real value) => double.IsFinite(value.V);
    public static bool IsImaginaryNumber(Real value) => false;
    public static bool IsInfinity(Real value) => double.IsInfinity(value.V);
    public static bool IsInteger(Real value) => double.IsInteger(value.V);
    public static bool IsNaN(Real value) => double.IsNaN(value.V);
    public static bool IsNegative(Real value) => double.IsNegative(value.V);
    public static bool IsNegativeInfinity(Real value) => double.IsNegativeInfinity(value.V);
    public static bool IsNormal(Real value) => double.IsNormal(value.V);
    public static bool IsOddInteger(Real value) => double.IsOddInteger(value.V);
    public static bool IsPositive(Real value) => double.IsPositive(value.V);
    public static bool IsPositiveInfinity(Real value) => double.IsPositiveInfinity(value.V);
    public static bool IsRealNumber(Real value) => double.IsRealNumber(value.V);
    public static bool IsSubnormal(Real value) => double.IsSubnormal(value.V);
    public static bool IsZero(Real value) => value.V == 0;
    public static Real MaxMagnitude(Real x, Real y) => Math.Abs(x.V) >= Math.Abs(y.V) ? x : y;
    public static Real MaxMagnitudeNumber(Real x, Real y) => MaxMagnitude(x, y);
    public static Real MinMagnitude(Real x, Real y) => Math.Abs(x.V) <= Math.Abs(y.V) ? x : y;
    public static Real MinMagnitudeNumber(Real x, Real y) => MinMagnitude(x, y);

    public static Real Parse(string s, NumberStyles style, IFormatProvider provider) => new Real(double.Parse(s, style, provider), 7);
    public static Real Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => new Real(double.Parse(s, style, provider), 8);
    public static Real Parse(string s, IFormatProvider provider) => new Real(double.Parse(s, provider), 9);
    public static Real Parse(ReadOnlySpan<char> s, IFormatProvider provider) => new Real(double.Parse(s, provider), 10);
    public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out Real result) { bool ok = double.TryParse(s, style, provider, out double d); result = new Real(d, 11); return ok; }
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out Real result) { bool ok = double.TryParse(s, style, provider, out double d); result = new Real(d, 12); return ok; }
    public static bool TryParse(string s, IFormatProvider provider, out Real result) { bool ok = double.TryParse(s, provider, out double d); result = new Real(d, 13); return ok; }
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out Real result) { bool ok = double.TryParse(s, provider, out double d); result = new Real(d, 14); return ok; }

    // Conversions: from int and double; to int and double (what the other side does not know).
    static bool INumberBase<Real>.TryConvertFromChecked<TOther>(TOther value, out Real result) => TryFrom(value, out result);
    static bool INumberBase<Real>.TryConvertFromSaturating<TOther>(TOther value, out Real result) => TryFrom(value, out result);
    static bool INumberBase<Real>.TryConvertFromTruncating<TOther>(TOther value, out Real result) => TryFrom(value, out result);
    static bool TryFrom<TOther>(TOther value, out Real result)
    {
        if (value is int i) { result = new Real(i, 20); return true; }
        if (value is double d) { result = new Real(d, 21); return true; }
        result = default;
        return false;
    }
    static bool INumberBase<Real>.TryConvertToChecked<TOther>(Real value, out TOther result) => TryTo(value, out result, 1);
    static bool INumberBase<Real>.TryConvertToSaturating<TOther>(Real value, out TOther result) => TryTo(value, out result, 2);
    static bool INumberBase<Real>.TryConvertToTruncating<TOther>(Real value, out TOther result) => TryTo(value, out result, 3);
    static bool TryTo<TOther>(Real value, out TOther result, int mode)
    {
        if (typeof(TOther) == typeof(int)) { result = (TOther)(object)(int)(value.V * 10 + mode); return true; }
        if (typeof(TOther) == typeof(double)) { result = (TOther)(object)(value.V + mode / 10.0); return true; }
        result = default;
        return false;
    }

    public static Real operator +(Real left, Real right) => new Real(left.V + right.V);
    public static Real operator -(Real left, Real right) => new Real(left.V - right.V);
    public static Real operator *(Real left, Real right) => new Real(left.V * right.V);
    public static Real operator /(Real left, Real right) => new Real(left.V / right.V);
    public static Real operator %(Real left, Real right) => new Real(left.V % right.V);
    public static Real operator -(Real value) => new Real(-value.V, value.Tag);
    public static Real operator +(Real value) => value;
    public static Real operator ++(Real value) => new Real(value.V + 1, value.Tag);
    public static Real operator --(Real value) => new Real(value.V - 1, value.Tag);
    public static bool operator ==(Real left, Real right) => left.V == right.V;
    public static bool operator !=(Real left, Real right) => left.V != right.V;
    public static bool operator <(Real left, Real right) => left.V < right.V;
    public static bool operator <=(Real left, Real right) => left.V <= right.V;
    public static bool operator >(Real left, Real right) => left.V > right.V;
    public static bool operator >=(Real left, Real right) => left.V >= right.V;
}

struct Money : IAdditionOperators<Money, Money, Money>, IAdditiveIdentity<Money, Money>, ISubtractionOperators<Money, Money, Money>,
               IComparisonOperators<Money, Money, bool>, IMultiplyOperators<Money, int, Money>
{
    public long Cents;
    public Money(long cents) { Cents = cents; }
    public static Money AdditiveIdentity => new Money(0);
    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static Money operator checked +(Money a, Money b) => new Money(checked(a.Cents + b.Cents + 1000000)); // marks the checked path
    public static Money operator -(Money a, Money b) => new Money(a.Cents - b.Cents);
    public static Money operator *(Money a, int n) => new Money(a.Cents * n);
    public static bool operator ==(Money a, Money b) => a.Cents == b.Cents;
    public static bool operator !=(Money a, Money b) => a.Cents != b.Cents;
    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;
    public static bool operator <=(Money a, Money b) => a.Cents <= b.Cents;
    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;
    public static bool operator >=(Money a, Money b) => a.Cents >= b.Cents;
    public override bool Equals(object o) => o is Money m && m.Cents == Cents;
    public override int GetHashCode() => Cents.GetHashCode();
    public override string ToString() => (Cents / 100).ToString(CultureInfo.InvariantCulture) + "." + Math.Abs(Cents % 100).ToString("00", CultureInfo.InvariantCulture);
}

sealed class Vec : IAdditionOperators<Vec, Vec, Vec>, IAdditiveIdentity<Vec, Vec>, IUnaryNegationOperators<Vec, Vec>, IMultiplyOperators<Vec, int, Vec>
{
    public readonly int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static Vec AdditiveIdentity => new Vec(0, 0);
    public static Vec operator +(Vec a, Vec b) => new Vec(a.X + b.X, a.Y + b.Y);
    public static Vec operator -(Vec a) => new Vec(-a.X, -a.Y);
    public static Vec operator checked -(Vec a) => new Vec(checked(-a.X), checked(-a.Y));
    public static Vec operator *(Vec a, int n) => new Vec(a.X * n, a.Y * n);
    public override string ToString() => "(" + X + "," + Y + ")";
}

// A user interface whose static virtual member has a default that a derived interface replaces; implementations
// by the type itself (explicit, or implicit by a public static member) win over both.
interface IShape<TSelf> where TSelf : IShape<TSelf>
{
    static abstract TSelf Unit { get; }
    static abstract string Name { get; }
    static virtual string Describe() => "shape " + TSelf.Name;
    static virtual int Corners => 0;
}

interface IPolygon<TSelf> : IShape<TSelf> where TSelf : IPolygon<TSelf>
{
    static abstract int Sides { get; }
    static string IShape<TSelf>.Describe() => "polygon " + TSelf.Name + " with " + TSelf.Sides + " sides";
    static int IShape<TSelf>.Corners => TSelf.Sides;
}

struct Circle : IShape<Circle>
{
    public static Circle Unit => default;
    public static string Name => "circle";
    static string Describe() => "private"; // not an implementation (not public): IShape's default applies
    internal static string Call() => Describe();
}
struct Square : IPolygon<Square> { public static Square Unit => default; public static string Name => "square"; public static int Sides => 4; }
sealed class Triangle : IPolygon<Triangle>
{
    public static Triangle Unit => new Triangle();
    public static string Name => "triangle";
    public static int Sides => 3;
    public static string Describe() => "the class's own"; // implements IShape<Triangle>.Describe implicitly (public, same name and signature)
}
struct Hexagon : IPolygon<Hexagon>
{
    public static Hexagon Unit => default;
    public static string Name => "hexagon";
    public static int Sides => 6;
    static string IShape<Hexagon>.Describe() => "a hexagon"; // the type's own implementation wins over IPolygon's
}

static class Generic
{
    public static string Describe<T>() where T : IShape<T> => T.Describe() + " corners=" + T.Corners;

    public static T Sum<T>(T[] values) where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        T s = T.AdditiveIdentity;
        foreach (T v in values) s += v;
        return s;
    }

    public static T CheckedSum<T>(T[] values) where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        T s = T.AdditiveIdentity;
        foreach (T v in values) s = checked(s + v);
        return s;
    }

    public static T Scale<T>(T v, int n) where T : IMultiplyOperators<T, int, T> => v * n;
    public static T CheckedNegate<T>(T v) where T : IUnaryNegationOperators<T, T> => checked(-v);
    public static bool Between<T>(T v, T lo, T hi) where T : IComparisonOperators<T, T, bool> => lo <= v && v < hi;

    public static string Defaults<T>(T x, T y) where T : INumber<T>
    {
        return "Max=" + T.Max(x, y) + " Min=" + T.Min(x, y) + " MaxNumber=" + T.MaxNumber(x, y) + " MinNumber=" + T.MinNumber(x, y)
            + " MaxNative=" + T.MaxNative(x, y) + " MinNative=" + T.MinNative(x, y) + " CopySign=" + T.CopySign(x, y);
    }

    public static string Clamps<T>(T v, T lo, T hi) where T : INumber<T> => T.Clamp(v, lo, hi) + " " + T.ClampNative(v, lo, hi);

    public static string Signs<T>(T v) where T : INumber<T> => T.Sign(v).ToString();

    public static string Rest<T>(T a, T b) where T : INumber<T>
    {
        T inc = a, dec = a;
        inc = checked(++inc);
        dec = checked(--dec);
        return "MulAdd=" + T.MultiplyAddEstimate(a, b, T.One) + " checked+=" + checked(a + b) + " checked-=" + checked(a - b) + " checked*=" + checked(a * b)
            + " checked/=" + checked(a / b) + " checked-x=" + checked(-a) + " checked++=" + inc + " checked--=" + dec;
    }

    public static string Creates<T>() where T : INumber<T>
    {
        return "from int " + T.CreateChecked(5) + " " + T.CreateSaturating(6) + " " + T.CreateTruncating(7) + "; from double " + T.CreateChecked(1.5)
            + "; from T " + T.CreateChecked(T.One);
    }

    public static string CreatesOut<T>(T v) where T : INumber<T>
    {
        return "to int " + int.CreateChecked(v) + " " + int.CreateSaturating(v) + " " + int.CreateTruncating(v) + "; to double "
            + double.CreateChecked(v).ToString("R", CultureInfo.InvariantCulture) + " " + double.CreateTruncating(v).ToString("R", CultureInfo.InvariantCulture);
    }

    public static string Utf8<T>(T v) where T : INumber<T>
    {
        var inv = CultureInfo.InvariantCulture;
        T a = T.Parse("1.25"u8, NumberStyles.Float, inv);
        bool ok = T.TryParse("-3.5"u8, NumberStyles.Float, inv, out T b);
        T c = T.Parse("2.5"u8, inv);
        bool ok2 = T.TryParse("x"u8, inv, out T d);
        Span<byte> buf = stackalloc byte[16];
        bool f1 = v.TryFormat(buf, out int n, "F2", inv);
        var text = new StringBuilder();
        foreach (byte u in buf.Slice(0, n)) text.Append((char)u);
        bool f2 = v.TryFormat(buf.Slice(0, 2), out int n2, "F2", inv);
        return "parse " + a + " " + ok + " " + b + " " + c + " " + ok2 + " " + d + "; format " + f1 + " " + text + " " + f2 + " " + n2;
    }
}

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Real a = new Real(2, 1), b = new Real(2, 2), negZero = new Real(-0.0, 3), posZero = new Real(0.0, 4), nan = new Real(double.NaN, 5), one = new Real(1, 6);
        Check(1, "defaults equal", Generic.Defaults(a, b), "Max=2#2 Min=2#2 MaxNumber=2#2 MinNumber=2#2 MaxNative=2#2 MinNative=2#2 CopySign=2#1");
        Check(2, "defaults -0/+0", Generic.Defaults(negZero, posZero), "Max=0#4 Min=-0#3 MaxNumber=0#4 MinNumber=-0#3 MaxNative=0#4 MinNative=0#4 CopySign=0#3");
        Check(3, "defaults +0/-0", Generic.Defaults(posZero, negZero), "Max=0#4 Min=-0#3 MaxNumber=0#4 MinNumber=-0#3 MaxNative=-0#3 MinNative=-0#3 CopySign=-0#4");
        Check(4, "defaults NaN/1", Generic.Defaults(nan, one), "Max=NaN#5 Min=NaN#5 MaxNumber=1#6 MinNumber=1#6 MaxNative=1#6 MinNative=1#6 CopySign=NaN#5");
        Check(5, "defaults 1/NaN", Generic.Defaults(one, nan), "Max=NaN#5 Min=NaN#5 MaxNumber=1#6 MinNumber=1#6 MaxNative=NaN#5 MinNative=NaN#5 CopySign=-1#6");
        Check(6, "defaults -1/+NaN", Generic.Defaults(new Real(-1, 7), new Real(BitConverter.Int64BitsToDouble(0x7FF8000000000000), 8)),
            "Max=NaN#8 Min=NaN#8 MaxNumber=-1#7 MinNumber=-1#7 MaxNative=NaN#8 MinNative=NaN#8 CopySign=1#7");
        Check(7, "Clamp", Generic.Clamps(new Real(5, 1), new Real(0, 2), new Real(3, 3)) + " | " + Generic.Clamps(negZero, posZero, one) + " | " + Generic.Clamps(nan, posZero, one)
            + " | " + Generic.Clamps(one, nan, new Real(2)), "3#3 3#3 | 0#4 0#4 | NaN#5 0#4 | NaN#5 2");
        Check(8, "Sign", Generic.Signs(new Real(-3)) + Generic.Signs(negZero) + Generic.Signs(new Real(0.5)), "-101"); // Sign(NaN) throws
        Check(9, "Rest", Generic.Rest(new Real(3, 1), new Real(2, 2)), "MulAdd=7 checked+=5 checked-=1 checked*=6 checked/=1.5 checked-x=-3#1 checked++=4#1 checked--=2#1");
        Check(10, "Create", Generic.Creates<Real>(), "from int 5#20 6#20 7#20; from double 1.5#21; from T 1");
        Check(11, "Create out", Generic.CreatesOut(new Real(2.5)), "to int 26 27 28; to double 2.6 2.8");
        Check(12, "UTF-8", Generic.Utf8(new Real(-12.345)), "parse 1.25#8 True -3.5#12 2.5#10 False 0#14; format True -12.35 False 0");

        Check(13, "Money", Generic.Sum(new[] { new Money(150), new Money(275), new Money(-25) }) + " " + Generic.CheckedSum(new[] { new Money(1), new Money(2) }) + " "
            + Generic.Scale(new Money(333), 3) + " " + Generic.Between(new Money(5), new Money(0), new Money(5)) + Generic.Between(new Money(4), new Money(0), new Money(5)),
            "4.00 20000.03 9.99 FalseTrue");
        Check(14, "Vec", Generic.Sum(new[] { new Vec(1, 2), new Vec(3, -4) }) + " " + Generic.CheckedSum(new[] { new Vec(5, 5) }) + " " + Generic.Scale(new Vec(1, -1), 7) + " "
            + Generic.CheckedNegate(new Vec(2, -3)) + " " + Generic.CheckedNegate(7) + " " + Generic.CheckedNegate(-2.5), "(4,-2) (5,5) (7,-7) (-2,3) -7 2.5");
        Check(15, "shapes", Generic.Describe<Circle>() + " | " + Generic.Describe<Square>() + " | " + Generic.Describe<Triangle>() + " | " + Generic.Describe<Hexagon>(),
            "shape circle corners=0 | polygon square with 4 sides corners=4 | the class's own corners=3 | a hexagon corners=6");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
defaults equal = Max=2#2 Min=2#2 MaxNumber=2#2 MinNumber=2#2 MaxNative=2#2 MinNative=2#2 CopySign=2#1
defaults -0/+0 = Max=0#4 Min=-0#3 MaxNumber=0#4 MinNumber=-0#3 MaxNative=0#4 MinNative=0#4 CopySign=0#3
defaults +0/-0 = Max=0#4 Min=-0#3 MaxNumber=0#4 MinNumber=-0#3 MaxNative=-0#3 MinNative=-0#3 CopySign=-0#4
defaults NaN/1 = Max=NaN#5 Min=NaN#5 MaxNumber=1#6 MinNumber=1#6 MaxNative=1#6 MinNative=1#6 CopySign=NaN#5
defaults 1/NaN = Max=NaN#5 Min=NaN#5 MaxNumber=1#6 MinNumber=1#6 MaxNative=NaN#5 MinNative=NaN#5 CopySign=-1#6
defaults -1/+NaN = Max=NaN#8 Min=NaN#8 MaxNumber=-1#7 MinNumber=-1#7 MaxNative=NaN#8 MinNative=NaN#8 CopySign=1#7
Clamp = 3#3 3#3 | 0#4 0#4 | NaN#5 0#4 | NaN#5 2
Sign = -101
Rest = MulAdd=7 checked+=5 checked-=1 checked*=6 checked/=1.5 checked-x=-3#1 checked++=4#1 checked--=2#1
Create = from int 5#20 6#20 7#20; from double 1.5#21; from T 1
Create out = to int 26 27 28; to double 2.6 2.8
UTF-8 = parse 1.25#8 True -3.5#12 2.5#10 False 0#14; format True -12.35 False 0
Money = 4.00 20000.03 9.99 FalseTrue
Vec = (4,-2) (5,5) (7,-7) (-2,3) -7 2.5
shapes = shape circle corners=0 | polygon square with 4 sides corners=4 | the class's own corners=3 | a hexagon corners=6
PASS
--- stderr
*/
