// Static fields of many types; static constructors with observable ordering (precise init,
// not beforefieldinit) and field-initializer-only classes (beforefieldinit); statics in
// structs and of struct type; generic statics; thread statics; RVA statics (array
// initializers and ReadOnlySpan<byte> over constant data).
using System;
using System.Text;

static class InitLog
{
    public static readonly StringBuilder Log = new();
}

class Precise
{
    public static int Value;
    static Precise() // explicit static ctor: runs exactly at first access (not beforefieldinit)
    {
        InitLog.Log.Append("[Precise]");
        Value = 7;
    }
    public static int Touch() => Value;
}

class Relaxed // only field initializers: beforefieldinit
{
    public static readonly int Value = Compute();
    static int Compute() => 11;
}

struct Vec2
{
    public double X, Y;
    public Vec2(double x, double y) { X = x; Y = y; }
    public static Vec2 Origin;                      // static of struct type inside a struct
    public static readonly Vec2 UnitX = new(1, 0);
    public static int Created;
    static Vec2() { Created = 100; }
}

class Kinds
{
    public static byte B = 0xFE;
    public static sbyte SB = -3;
    public static short S = -1234;
    public static ushort US = 65000;
    public static char C = 'Z';
    public static bool Flag = true;
    public static int I = int.MinValue;
    public static uint UI = uint.MaxValue;
    public static long L = long.MaxValue;
    public static ulong UL = 0xDEADBEEF_CAFEBABE;
    public static float F = 1.25f;
    public static double D = Math.PI;
    public static decimal M = 79228162514264337593543950335m;
    public static string Str = "static string";
    public static object Obj = new Version(1, 2, 3);
    public static Vec2 Point = new(3, 4);
    public static DateTime Epoch = new(2000, 1, 1);
    public static int[]? Null = null;
    public const int Const = 12345;
}

class PerType<T>
{
    public static int Count;
    public static string Name = typeof(T).Name;
}

static class Tables
{
    // Array initializers: the data is an RVA static copied by RuntimeHelpers.InitializeArray.
    public static readonly int[] Primes = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
    public static readonly double[] Weights = { 0.5, 0.25, 0.125, 0.0625 };
    public static readonly long[,] Grid = { { 1, 2, 3 }, { 4, 5, 6 } };

    // ReadOnlySpan<byte> over constant data: a direct RVA field, no allocation.
    public static ReadOnlySpan<byte> Magic => new byte[] { 0x52, 0x32, 0x52, 0x21 };
    public static ReadOnlySpan<int> Squares => new int[] { 0, 1, 4, 9, 16, 25 };
    public static ReadOnlySpan<byte> Utf8 => "r2rhost"u8;
}

static class Statics
{
    [ThreadStatic] static int perThread;

    public static void Run()
    {
        InitLog.Log.Append("start");
        int p = Precise.Touch();
        Check.True("precise static ctor ran on first access", InitLog.Log.ToString().EndsWith("start[Precise]"));
        Check.Eq("Precise.Value", p, 7);
        Check.Eq("Relaxed.Value", Relaxed.Value, 11);

        Check.Eq("struct static ctor", Vec2.Created, 100);
        Check.Eq("struct static UnitX", Vec2.UnitX.X, 1.0);
        Vec2.Origin.X = 5;
        Check.Eq("struct static mutated in place", Vec2.Origin.X, 5.0);

        Check.Eq("byte", Kinds.B, (byte)0xFE);
        Check.Eq("sbyte", Kinds.SB, (sbyte)-3);
        Check.Eq("short", Kinds.S, (short)-1234);
        Check.Eq("ushort", Kinds.US, (ushort)65000);
        Check.Eq("char", Kinds.C, 'Z');
        Check.Eq("bool", Kinds.Flag, true);
        Check.Eq("int", Kinds.I, int.MinValue);
        Check.Eq("uint", Kinds.UI, uint.MaxValue);
        Check.Eq("long", Kinds.L, long.MaxValue);
        Check.Eq("ulong", Kinds.UL, 0xDEADBEEF_CAFEBABEUL);
        Check.Eq("float", Kinds.F, 1.25f);
        Check.Eq("double", Kinds.D, 3.141592653589793);
        Check.Eq("decimal", Kinds.M, decimal.MaxValue);
        Check.Eq("string", Kinds.Str, "static string");
        Check.Eq("object", Kinds.Obj.ToString(), "1.2.3");
        Check.Eq("struct-typed static", Kinds.Point.X * Kinds.Point.Y, 12.0);
        Check.Eq("DateTime static", Kinds.Epoch.Year, 2000);
        Check.Eq("null static", Kinds.Null is null, true);
        Check.Eq("const", Kinds.Const, 12345);
        Kinds.I++;
        Kinds.L -= 1;
        Kinds.Str += "!";
        Check.Eq("int static ++", Kinds.I, int.MinValue + 1);
        Check.Eq("long static -=", Kinds.L, long.MaxValue - 1);
        Check.Eq("string static +=", Kinds.Str, "static string!");

        PerType<int>.Count += 1;
        PerType<string>.Count += 2;
        PerType<Vec2>.Count += 3;
        Check.Eq("generic statics <int>", PerType<int>.Count, 1);
        Check.Eq("generic statics <string>", PerType<string>.Count, 2);
        Check.Eq("generic statics <Vec2>", PerType<Vec2>.Count + PerType<Vec2>.Name, "3Vec2");

        perThread = 5;
        int seenByOther = -1;
        var t = new System.Threading.Thread(() => seenByOther = perThread);
        t.Start();
        t.Join();
        Check.Eq("thread static on this thread", perThread, 5);
        Check.Eq("thread static on another thread", seenByOther, 0);

        int sum = 0;
        foreach (int prime in Tables.Primes) sum += prime;
        Check.Eq("RVA array initializer int[]", sum, 197);
        Check.Eq("RVA array initializer double[]", Tables.Weights[3], 0.0625);
        Check.Eq("RVA multi-dim initializer", Tables.Grid[1, 2], 6L);
        Check.Eq("RVA ReadOnlySpan<byte>", BitConverter.ToString(Tables.Magic.ToArray()), "52-32-52-21");
        Check.Eq("RVA ReadOnlySpan<int>", Tables.Squares[5], 25);
        Check.Eq("u8 literal", Tables.Utf8.Length, 7);
    }
}
