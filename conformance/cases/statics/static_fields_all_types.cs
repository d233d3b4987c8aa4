// statics/static_fields_all_types: static fields of every primitive type, structs (boxed
// statics in CoreCLR), strings, arrays and objects; read, written, incremented in place and
// passed by reference.
using System;
using System.Globalization;

struct Vec { public long X; public double Y; public string? Name; }

static class S
{
    public static bool Flag;
    public static char Ch = 'A';
    public static sbyte I8 = -8;
    public static byte U8 = 200;
    public static short I16 = -16000;
    public static ushort U16 = 60000;
    public static int I32 = -2000000000;
    public static uint U32 = 4000000000;
    public static long I64 = -9000000000000000000;
    public static ulong U64 = 18000000000000000000;
    public static float F32 = 1.5f;
    public static double F64 = -2.25;
    public static nint NI = -7;
    public static nuint NU = 7;
    public static Vec V;
    public static string Str = "init";
    public static int[] Arr = { 1, 2, 3 };
    public static object? Obj;
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static void Bump(ref int x) => x += 1000;
    static void BumpL(ref long x) => x -= 1;
    static void SetVec(ref Vec v) { v.X = 77; v.Name = "named"; }

    static void Dump(string label)
    {
        Console.WriteLine(label + ": " + S.Flag + " " + S.Ch + " " + S.I8 + " " + S.U8 + " " + S.I16 + " " + S.U16 + " "
            + S.I32 + " " + S.U32 + " " + S.I64 + " " + S.U64 + " " + S.F32 + " " + S.F64 + " " + S.NI + " " + S.NU);
        Console.WriteLine(label + ": V=(" + S.V.X + "," + S.V.Y + "," + (S.V.Name ?? "null") + ") Str=" + S.Str
            + " Arr=" + S.Arr[0] + S.Arr[1] + S.Arr[2] + " Obj=" + (S.Obj ?? "null"));
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Dump("initial");
        S.Flag = !S.Flag; S.Ch++; S.I8--; S.U8 += 100; S.I16 *= 2; S.U16 += 6000;
        S.I32 -= 200000000; S.U32 += 300000000; S.I64 += 1; S.U64 += 500000000000000000;
        S.F32 *= 3; S.F64 /= 2; S.NI <<= 2; S.NU >>= 1;
        S.V.Y = 0.5; SetVec(ref S.V);
        S.Str += "ed"; S.Arr[1] = 20; S.Obj = S.V.X;
        Bump(ref S.I32); BumpL(ref S.I64);
        Dump("updated");

        Check(1, S.Flag && S.Ch == 'B' && S.I8 == -9 && S.U8 == 44 && S.I16 == -32000 && S.U16 == 464);
        Check(2, S.I32 == 2094968296 && S.U32 == 5032704 && S.I64 == -9000000000000000000 && S.U64 == 53255926290448384UL);
        Check(3, S.F32 == 4.5f && S.F64 == -1.125 && S.NI == -28 && S.NU == 3);
        Check(4, S.V.X == 77 && S.V.Y == 0.5 && S.V.Name == "named" && S.Str == "inited" && S.Arr[1] == 20 && (long)S.Obj == 77);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
initial: False A -8 200 -16000 60000 -2000000000 4000000000 -9000000000000000000 18000000000000000000 1.5 -2.25 -7 7
initial: V=(0,0,null) Str=init Arr=123 Obj=null
updated: True B -9 44 -32000 464 2094968296 5032704 -9000000000000000000 53255926290448384 4.5 -1.125 -28 3
updated: V=(77,0.5,named) Str=inited Arr=1203 Obj=77
PASS
--- stderr
*/
