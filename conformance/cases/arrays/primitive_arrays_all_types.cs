// arrays/primitive_arrays_all_types: newarr/ldelem/stelem for every primitive element type,
// default contents, wrap-around on store, Length, and element-wise sums.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        const int N = 7;
        var b = new bool[N]; var c = new char[N]; var i8 = new sbyte[N]; var u8 = new byte[N];
        var i16 = new short[N]; var u16 = new ushort[N]; var i32 = new int[N]; var u32 = new uint[N];
        var i64 = new long[N]; var u64 = new ulong[N]; var f32 = new float[N]; var f64 = new double[N];
        var ni = new nint[N]; var nu = new nuint[N];
        Check(1, !b[3] && c[3] == '\0' && i32[6] == 0 && f64[0] == 0.0 && ni[2] == 0);

        for (int k = 0; k < N; k++)
        {
            b[k] = k % 2 == 0; c[k] = (char)('a' + k);
            i8[k] = (sbyte)(k * 40); u8[k] = (byte)(k * 50);
            i16[k] = (short)(k * 10000); u16[k] = (ushort)(k * 20000);
            i32[k] = k * 700000000; u32[k] = (uint)k * 1000000000u;
            i64[k] = (long)k << 60; u64[k] = (ulong)k << 61;
            f32[k] = k / 8f; f64[k] = k / 3.0;
            ni[k] = -k; nu[k] = (nuint)k * 3;
        }
        string bs = "", cs = "", s8 = "", su8 = "", s16 = "", su16 = "", s32 = "", su32 = "", s64 = "", su64 = "";
        long sumI8 = 0, sumU8 = 0, sum16 = 0, sumU16 = 0, sum32 = 0, sumU32 = 0;
        double sumF = 0;
        for (int k = 0; k < N; k++)
        {
            bs += b[k] ? "1" : "0"; cs += c[k];
            s8 += i8[k] + " "; su8 += u8[k] + " "; s16 += i16[k] + " "; su16 += u16[k] + " ";
            s32 += i32[k] + " "; su32 += u32[k] + " "; s64 += i64[k] + " "; su64 += u64[k] + " ";
            sumI8 += i8[k]; sumU8 += u8[k]; sum16 += i16[k]; sumU16 += u16[k]; sum32 += i32[k]; sumU32 += u32[k];
            sumF += f32[k] + f64[k];
        }
        Console.WriteLine("bool " + bs + " char " + cs);
        Console.WriteLine("sbyte " + s8 + "sum " + sumI8);
        Console.WriteLine("byte " + su8 + "sum " + sumU8);
        Console.WriteLine("short " + s16 + "sum " + sum16);
        Console.WriteLine("ushort " + su16 + "sum " + sumU16);
        Console.WriteLine("int " + s32 + "sum " + sum32);
        Console.WriteLine("uint " + su32 + "sum " + sumU32);
        Console.WriteLine("long " + s64);
        Console.WriteLine("ulong " + su64);
        Console.WriteLine("float/double sum " + sumF.ToString("R") + " f32[5]=" + f32[5] + " f64[5]=" + f64[5]);
        Console.WriteLine("nint " + ni[6] + " nuint " + nu[6] + " lengths " + b.Length + c.Length + i64.Length + nu.Length);

        Check(2, bs == "1010101" && cs == "abcdefg");
        Check(3, sumI8 == 72 && sumU8 == 794 && sum16 == 13392 && sumU16 == 223392);
        Check(4, sum32 == 1815098112L && sumU32 == 12410065408L);
        Check(5, i64[6] == 6917529027641081856L && u64[6] == 13835058055282163712UL);
        Check(6, f32[5] == 0.625f && sumF == 9.625);
        Check(7, ni[6] == -6 && nu[6] == 18);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
bool 1010101 char abcdefg
sbyte 0 40 80 120 -96 -56 -16 sum 72
byte 0 50 100 150 200 250 44 sum 794
short 0 10000 20000 30000 -25536 -15536 -5536 sum 13392
ushort 0 20000 40000 60000 14464 34464 54464 sum 223392
int 0 700000000 1400000000 2100000000 -1494967296 -794967296 -94967296 sum 1815098112
uint 0 1000000000 2000000000 3000000000 4000000000 705032704 1705032704 sum 12410065408
long 0 1152921504606846976 2305843009213693952 3458764513820540928 4611686018427387904 5764607523034234880 6917529027641081856 
ulong 0 2305843009213693952 4611686018427387904 6917529027641081856 9223372036854775808 11529215046068469760 13835058055282163712 
float/double sum 9.625 f32[5]=0.625 f64[5]=1.6666666666666667
nint -6 nuint 18 lengths 7777
PASS
--- stderr
*/
