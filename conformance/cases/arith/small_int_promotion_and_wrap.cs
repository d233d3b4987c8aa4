// arith/small_int_promotion_and_wrap: byte/sbyte/short/ushort/char arithmetic promotes to int;
// compound assignments and ++/-- truncate back (wrap); char arithmetic; small-type array and
// field stores truncate; bitwise ops on small types.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

class Fields { public byte B; public sbyte SB; public short S; public ushort US; public char C; }

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        byte b = V((byte)250);
        var promoted = b + b;
        Check(1, "byte+byte", promoted.GetType().Name + " " + promoted, "Int32 500");
        b += 10;
        Check(2, "byte += 10", b.ToString(), "4");
        b--; b--; b--; b--; b--;
        Check(3, "byte -- x5", b.ToString(), "255");
        b++;
        Check(4, "byte ++", b.ToString(), "0");

        sbyte sb = V((sbyte)127);
        sb++;
        Check(5, "sbyte 127 ++", sb.ToString(), "-128");
        sb = unchecked((sbyte)(sb * 3));
        Check(6, "sbyte -128*3", sb.ToString(), "-128");
        sb = V((sbyte)-128);
        sb = unchecked((sbyte)-sb);
        Check(7, "sbyte -(-128)", sb.ToString(), "-128");

        short s = V((short)30000);
        s += 30000;
        Check(8, "short 30000+=30000", s.ToString(), "-5536");
        ushort us = V((ushort)0);
        us--;
        Check(9, "ushort 0 --", us.ToString(), "65535");
        us <<= 4;
        Check(10, "ushort <<= 4", us.ToString(), "65520");
        us >>= 15;
        Check(11, "ushort >>= 15", us.ToString(), "1");

        char c = V('y');
        c++; c++;
        Check(12, "char y ++ ++", ((int)c).ToString() + " " + c, "123 {");
        int diff = V('z') - V('a');
        Check(13, "char - char", diff.ToString(), "25");
        c = (char)(V('a') + 2);
        Check(14, "(char)('a'+2)", c.ToString(), "c");
        char cmax = V(char.MaxValue);
        cmax++;
        Check(15, "char max ++", ((int)cmax).ToString(), "0");

        var f = new Fields();
        f.B = unchecked((byte)V(0x1234)); f.SB = unchecked((sbyte)V(0xFF)); f.S = unchecked((short)V(0x12345)); f.US = unchecked((ushort)V(-2)); f.C = unchecked((char)V(0x10041));
        Check(16, "narrowing stores", f.B + " " + f.SB + " " + f.S + " " + f.US + " " + f.C, "52 -1 9029 65534 A");
        f.B += 250; f.SB -= 100; f.SB -= 100; f.S *= 4; f.US += 3;
        Check(17, "field compound wrap", f.B + " " + f.SB + " " + f.S + " " + f.US, "46 55 -29420 1");

        byte[] arr = { 1, 2, 3 };
        arr[1] -= 3;
        arr[2] *= 100;
        Check(18, "byte[] compound", arr[1] + " " + arr[2], "255 44");

        byte x = V((byte)0xF0), y = V((byte)0x3C);
        Check(19, "byte bitwise", (x & y) + " " + (x | y) + " " + (x ^ y) + " " + (byte)~x + " " + ~x, "48 252 204 15 -241");
        sbyte neg = V((sbyte)-16);
        Check(20, "sbyte >> 2 / >>> 2", (neg >> 2) + " " + (neg >>> 2), "-4 1073741820");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
byte+byte = Int32 500
byte += 10 = 4
byte -- x5 = 255
byte ++ = 0
sbyte 127 ++ = -128
sbyte -128*3 = -128
sbyte -(-128) = -128
short 30000+=30000 = -5536
ushort 0 -- = 65535
ushort <<= 4 = 65520
ushort >>= 15 = 1
char y ++ ++ = 123 {
char - char = 25
(char)('a'+2) = c
char max ++ = 0
narrowing stores = 52 -1 9029 65534 A
field compound wrap = 46 55 -29420 1
byte[] compound = 255 44
byte bitwise = 48 252 204 15 -241
sbyte >> 2 / >>> 2 = -4 1073741820
PASS
--- stderr
*/
