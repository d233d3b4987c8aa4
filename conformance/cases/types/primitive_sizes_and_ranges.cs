// types/primitive_sizes_and_ranges: sizeof, MinValue/MaxValue and default values of every
// primitive type, printed with invariant-culture-free integer formatting.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static T Def<T>() => default(T)!;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("sizeof bool=" + sizeof(bool) + " char=" + sizeof(char));
        Console.WriteLine("sizeof sbyte=" + sizeof(sbyte) + " byte=" + sizeof(byte));
        Console.WriteLine("sizeof short=" + sizeof(short) + " ushort=" + sizeof(ushort));
        Console.WriteLine("sizeof int=" + sizeof(int) + " uint=" + sizeof(uint));
        Console.WriteLine("sizeof long=" + sizeof(long) + " ulong=" + sizeof(ulong));
        Console.WriteLine("sizeof float=" + sizeof(float) + " double=" + sizeof(double));
        Check(1, sizeof(bool) == 1 && sizeof(char) == 2 && sizeof(short) == 2 && sizeof(int) == 4);
        Check(2, sizeof(long) == 8 && sizeof(float) == 4 && sizeof(double) == 8);

        Console.WriteLine("sbyte " + sbyte.MinValue + " .. " + sbyte.MaxValue);
        Console.WriteLine("byte " + byte.MinValue + " .. " + byte.MaxValue);
        Console.WriteLine("short " + short.MinValue + " .. " + short.MaxValue);
        Console.WriteLine("ushort " + ushort.MinValue + " .. " + ushort.MaxValue);
        Console.WriteLine("int " + int.MinValue + " .. " + int.MaxValue);
        Console.WriteLine("uint " + uint.MinValue + " .. " + uint.MaxValue);
        Console.WriteLine("long " + long.MinValue + " .. " + long.MaxValue);
        Console.WriteLine("ulong " + ulong.MinValue + " .. " + ulong.MaxValue);
        Console.WriteLine("char " + (int)char.MinValue + " .. " + (int)char.MaxValue);
        Check(3, int.MinValue == -2147483648 && int.MaxValue == 2147483647);
        Check(4, long.MaxValue == 9223372036854775807L && ulong.MaxValue == 18446744073709551615UL);
        Check(5, (int)char.MaxValue == 65535 && ushort.MaxValue == 65535);

        Console.WriteLine("defaults: " + Def<int>() + " " + Def<long>() + " " + Def<bool>() + " "
            + (int)Def<char>() + " " + Def<double>() + " " + (Def<string>() == null));
        Check(6, Def<int>() == 0 && !Def<bool>() && Def<double>() == 0.0 && Def<object>() == null);

        // widening of extremes through every integer type
        long fromInt = int.MinValue;
        ulong fromUInt = uint.MaxValue;
        int fromSByte = sbyte.MinValue;
        int fromByte = byte.MaxValue;
        Console.WriteLine("widen " + fromInt + " " + fromUInt + " " + fromSByte + " " + fromByte);
        Check(7, fromInt == -2147483648L && fromUInt == 4294967295UL && fromSByte == -128 && fromByte == 255);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
sizeof bool=1 char=2
sizeof sbyte=1 byte=1
sizeof short=2 ushort=2
sizeof int=4 uint=4
sizeof long=8 ulong=8
sizeof float=4 double=8
sbyte -128 .. 127
byte 0 .. 255
short -32768 .. 32767
ushort 0 .. 65535
int -2147483648 .. 2147483647
uint 0 .. 4294967295
long -9223372036854775808 .. 9223372036854775807
ulong 0 .. 18446744073709551615
char 0 .. 65535
defaults: 0 0 False 0 0 True
widen -2147483648 4294967295 -128 255
PASS
--- stderr
*/
