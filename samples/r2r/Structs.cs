// Structs passed and returned by value in every ABI class the SysV x64 convention has: tiny
// (one register), 16 bytes integer/integer, mixed float/integer, two doubles, large (memory,
// hidden return buffer), containing object references, explicit layout (unions, overlapping
// fields), fixed buffers; plus ref/in/out parameters and readonly/ref structs.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct Tiny { public byte A; public short B; }
struct Int16B { public long A; public long B; }
struct Mixed16 { public double D; public long L; }
struct TwoDoubles { public double X, Y; }
struct FloatTriple { public float A, B, C; }
struct Large { public long A, B, C, D, E; }
struct WithRefs { public string Name; public int Count; public object? Extra; }

[StructLayout(LayoutKind.Explicit)]
struct Union
{
    [FieldOffset(0)] public long Whole;
    [FieldOffset(0)] public int Low;
    [FieldOffset(4)] public int High;
    [FieldOffset(0)] public double AsDouble;
    [FieldOffset(2)] public byte Third;
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed { public byte Tag; public int Value; public short Tail; }

unsafe struct Fixed
{
    public fixed int Values[6];
    public int Sum()
    {
        int s = 0;
        for (int i = 0; i < 6; i++) s += Values[i];
        return s;
    }
}

readonly struct Rational
{
    public readonly long Num, Den;
    public Rational(long num, long den)
    {
        long g = Gcd(Math.Abs(num), Math.Abs(den));
        Num = num / g;
        Den = den / g;
    }
    static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
    public static Rational operator +(Rational a, Rational b) => new(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
    public override string ToString() => Num + "/" + Den;
}

ref struct Cursor
{
    Span<int> data;
    int pos;
    public Cursor(Span<int> data) { this.data = data; pos = 0; }
    public bool TryNext(out int value)
    {
        if (pos < data.Length) { value = data[pos++]; return true; }
        value = 0;
        return false;
    }
}

static class Structs
{
    [MethodImpl(MethodImplOptions.NoInlining)] static Tiny MakeTiny(byte a, short b) => new Tiny { A = a, B = b };
    [MethodImpl(MethodImplOptions.NoInlining)] static Int16B Swap(Int16B v) => new Int16B { A = v.B, B = v.A };
    [MethodImpl(MethodImplOptions.NoInlining)] static Mixed16 Scale(Mixed16 v, int k) => new Mixed16 { D = v.D * k, L = v.L * k };
    [MethodImpl(MethodImplOptions.NoInlining)] static TwoDoubles Add(TwoDoubles a, TwoDoubles b) => new TwoDoubles { X = a.X + b.X, Y = a.Y + b.Y };
    [MethodImpl(MethodImplOptions.NoInlining)] static FloatTriple Rotate(FloatTriple t) => new FloatTriple { A = t.B, B = t.C, C = t.A };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Large Accumulate(Large acc, Large add, int times)
    {
        for (int i = 0; i < times; i++)
        {
            acc.A += add.A; acc.B += add.B; acc.C += add.C; acc.D += add.D; acc.E += add.E;
        }
        return acc;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WithRefs Rename(WithRefs w, string suffix) => new WithRefs { Name = w.Name + suffix, Count = w.Count + 1, Extra = w };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long ManyArgs(Tiny t, Int16B i, Mixed16 m, TwoDoubles d, Large l, int x, double y, Tiny t2) =>
        t.A + t.B + i.A + i.B + (long)m.D + m.L + (long)(d.X + d.Y) + l.A + l.E + x + (long)y + t2.B;

    static void ByRef(ref Large l) => l.C = 333;
    static long ByIn(in Large l) => l.A + l.B;
    static void ByOut(out Mixed16 m) => m = new Mixed16 { D = 2.5, L = 7 };

    public static unsafe void Run()
    {
        var t = MakeTiny(200, -300);
        Check.Eq("tiny struct return", t.A + t.B, -100);
        var s = Swap(new Int16B { A = 1, B = long.MinValue });
        Check.Eq("16-byte int/int", s.A == long.MinValue && s.B == 1, true);
        var m = Scale(new Mixed16 { D = 1.5, L = -4 }, 3);
        Check.Eq("16-byte double/long", m.D + "|" + m.L, "4.5|-12");
        var d = Add(new TwoDoubles { X = 0.25, Y = 1e10 }, new TwoDoubles { X = 0.5, Y = -1e10 });
        Check.Eq("two doubles", d.X + "|" + d.Y, "0.75|0");
        var f = Rotate(new FloatTriple { A = 1, B = 2, C = 3 });
        Check.Eq("12-byte floats", f.A + "," + f.B + "," + f.C, "2,3,1");
        var large = Accumulate(new Large { A = 1 }, new Large { A = 1, B = 2, C = 3, D = 4, E = 5 }, 10);
        Check.Eq("large struct (return buffer)", large.A + large.B + large.C + large.D + large.E, 151L);
        var w = Rename(new WithRefs { Name = "n", Count = 1 }, "++");
        Check.Eq("struct with refs", w.Name + w.Count + (w.Extra is WithRefs inner ? inner.Name : "?"), "n++2n");
        long all = ManyArgs(t, s, m, d, large, 1000, 0.5, MakeTiny(0, 5));
        Check.Eq("many struct args (stack spill)", all, (long.MinValue + 1) + (-100 + 4 - 12 + 0 + 11 + 50 + 1000 + 0 + 5));
        ByRef(ref large);
        Check.Eq("ref struct param", large.C, 333L);
        Check.Eq("in param", ByIn(in large), 31L);
        ByOut(out var o);
        Check.Eq("out param", o.L, 7L);

        var u = new Union { Whole = 0x1122334455667788 };
        Check.Eq("explicit layout low", u.Low, 0x55667788);
        Check.Eq("explicit layout high", u.High, 0x11223344);
        Check.Eq("explicit layout byte at 2", u.Third, (byte)0x66);
        u.AsDouble = 1.0;
        Check.Eq("explicit layout double bits", u.Whole, 0x3FF0000000000000L);
        Check.Eq("sizeof(Union)", sizeof(Union), 8);
        Check.Eq("sizeof(Packed)", sizeof(Packed), 7);
        Check.Eq("Marshal.OffsetOf(Packed.Tail)", (int)Marshal.OffsetOf<Packed>("Tail"), 5);
        Check.Eq("sizeof(Large)", sizeof(Large), 40);
        Check.Eq("sizeof(Tiny)", sizeof(Tiny), 4);

        var fx = new Fixed();
        for (int i = 0; i < 6; i++) fx.Values[i] = i * i;
        Check.Eq("fixed buffer", fx.Sum(), 55);

        var r = new Rational(1, 6) + new Rational(1, 3);
        Check.Eq("readonly struct operators", r.ToString(), "1/2");

        var cursor = new Cursor(stackalloc int[] { 4, 5, 6 });
        int total = 0;
        while (cursor.TryNext(out int v)) total += v;
        Check.Eq("ref struct over stackalloc", total, 15);

        var arr = new TwoDoubles[3];
        arr[1].X = 9;
        ref TwoDoubles slot = ref arr[2];
        slot.Y = 7;
        Check.Eq("struct array element by ref", arr[1].X + arr[2].Y, 16.0);
        Check.Eq("struct equality (ValueType.Equals)", new Int16B { A = 1, B = 2 }.Equals(new Int16B { A = 1, B = 2 }), true);
    }
}
