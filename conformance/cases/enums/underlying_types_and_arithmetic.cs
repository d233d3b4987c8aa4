// enums/underlying_types_and_arithmetic: enums over byte, sbyte, short, ushort, int, uint,
// long and ulong: sizeof, GetUnderlyingType, MaxValue members printed, wrap-around of enum
// arithmetic (e + 1 on the max member, e - e gives the underlying type), ++/--, comparisons
// of unsigned members with the top bit set, and conversions between enums.
using System;
using System.Globalization;

enum E8 : byte { Min = 0, Max = 255 }
enum ES8 : sbyte { Min = -128, Max = 127 }
enum E16 : short { Min = short.MinValue, Max = short.MaxValue }
enum EU16 : ushort { Max = ushort.MaxValue }
enum E32 { Min = int.MinValue, Max = int.MaxValue }
enum EU32 : uint { High = 0x80000000, Max = uint.MaxValue }
enum E64 : long { Min = long.MinValue, Max = long.MaxValue }
enum EU64 : ulong { High = 0x8000000000000000, Max = ulong.MaxValue }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static unsafe int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "sizeof", sizeof(E8) + " " + sizeof(ES8) + " " + sizeof(E16) + " " + sizeof(EU16) + " " + sizeof(E32) + " " + sizeof(EU32) + " " + sizeof(E64) + " " + sizeof(EU64), "1 1 2 2 4 4 8 8");
        Check(2, "underlying types", Enum.GetUnderlyingType(typeof(E8)).Name + " " + Enum.GetUnderlyingType(typeof(ES8)).Name + " " + Enum.GetUnderlyingType(typeof(EU64)).Name, "Byte SByte UInt64");
        Check(3, "values D", E8.Max.ToString("D") + " " + ES8.Min.ToString("D") + " " + E16.Min.ToString("D") + " " + EU16.Max.ToString("D") + " " + E32.Min.ToString("D") + " " + EU32.Max.ToString("D") + " " + E64.Min.ToString("D") + " " + EU64.Max.ToString("D"),
            "255 -128 -32768 65535 -2147483648 4294967295 -9223372036854775808 18446744073709551615");
        Check(4, "X format widths", E8.Max.ToString("X") + " " + ES8.Min.ToString("X") + " " + E16.Max.ToString("X") + " " + E64.Min.ToString("X"), "FF 80 7FFF 8000000000000000");
        E8 e8 = E8.Max;
        e8++;
        ES8 es = ES8.Max;
        es += 1;
        E32 e32 = E32.Max;
        e32 = unchecked(e32 + 1);
        Check(5, "wrap-around", e8 + " " + es + " " + e32, "Min Min Min");
        E32 lo = E32.Min, hi = E32.Max;
        var diff = unchecked(hi - lo);
        Check(6, "enum - enum is underlying", diff.GetType().Name + " " + diff, "Int32 -1");
        Check(7, "unsigned comparisons", (EU32.High > (EU32)1) + " " + (EU64.High < EU64.Max) + " " + (EU64.High.CompareTo((EU64)1) > 0), "True True True");
        Check(8, "conversions between enums", unchecked((E8)(int)ES8.Min) + " " + unchecked((ES8)(byte)E8.Max) + " " + unchecked((EU16)(short)E16.Min), "128 -1 32768");
        Check(9, "ToString of max members", EU64.Max + " " + E64.Min + " " + EU16.Max + " " + (EU16)1, "Max Min Max 1");
        Check(10, "GetHashCode equals underlying hash", (E64.Max.GetHashCode() == long.MaxValue.GetHashCode()) + " " + (ES8.Min.GetHashCode() == ((sbyte)-128).GetHashCode()), "True True");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
sizeof = 1 1 2 2 4 4 8 8
underlying types = Byte SByte UInt64
values D = 255 -128 -32768 65535 -2147483648 4294967295 -9223372036854775808 18446744073709551615
X format widths = FF 80 7FFF 8000000000000000
wrap-around = Min Min Min
enum - enum is underlying = Int32 -1
unsigned comparisons = True True True
conversions between enums = 128 -1 32768
ToString of max members = Max Min Max 1
GetHashCode equals underlying hash = True True
PASS
--- stderr
*/
