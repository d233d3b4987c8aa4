// enums/flags_formatting_and_hasflag: [Flags] ToString of combinations (names in ascending
// value order, joined by ", "), composite members preferred, zero named None, bits without a
// name (whole value printed as a number), HasFlag (including HasFlag(None) and composite
// flags), bitwise operators on flags, and "F" formatting of a non-[Flags] enum.
using System;
using System.Globalization;

[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }
[Flags] enum Bits : byte { A = 1, B = 2, C = 16 }
enum Plain { X = 1, Y = 2 }

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
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "single/composite", Perm.Read + " | " + (Perm.Read | Perm.Write) + " | " + (Perm.Write | Perm.Exec) + " | " + (Perm)7, "Read | ReadWrite | Write, Exec | All");
        Check(2, "None and zero", Perm.None + " | " + (Perm)0 + " | " + (Bits)0, "None | None | 0");
        Check(3, "unnamed bits", ((Perm)8).ToString() + " | " + ((Perm)9).ToString() + " | " + ((Bits)3).ToString() + " | " + ((Bits)7).ToString(), "8 | 9 | A, B | 7");
        Check(4, "HasFlag", Perm.All.HasFlag(Perm.ReadWrite) + " " + Perm.Read.HasFlag(Perm.ReadWrite) + " " + Perm.None.HasFlag(Perm.None) + " " + Perm.Write.HasFlag(Perm.None), "True False True True");
        Perm p = Perm.Read;
        p |= Perm.Exec;
        p &= ~Perm.Read;
        p ^= Perm.Write;
        Check(5, "bitwise ops", p + " " + (int)p + " " + ((p & Perm.Exec) != 0), "Write, Exec 6 True");
        Check(6, "format strings", (Perm.Read | Perm.Exec).ToString("G") + " | " + (Perm.Read | Perm.Exec).ToString("D") + " | " + (Perm.Read | Perm.Exec).ToString("X") + " | " + (Bits.C | Bits.A).ToString("X"),
            "Read, Exec | 5 | 00000005 | 11");
        Check(7, "F on non-flags", ((Plain)3).ToString() + " | " + ((Plain)3).ToString("F"), "3 | X, Y");
        Check(8, "Parse flags list", Enum.Parse<Perm>("Read, Exec") + " | " + Enum.Parse<Perm>("Write,Read") + " | " + Enum.Parse<Perm>("6"), "Read, Exec | ReadWrite | Write, Exec");
        Check(9, "IsDefined combination", Enum.IsDefined(Perm.ReadWrite) + " " + Enum.IsDefined(Perm.Read | Perm.Exec), "True False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
single/composite = Read | ReadWrite | Write, Exec | All
None and zero = None | None | 0
unnamed bits = 8 | 9 | A, B | 7
HasFlag = True False True True
bitwise ops = Write, Exec 6 True
format strings = Read, Exec | 5 | 00000005 | 11
F on non-flags = 3 | X, Y
Parse flags list = Read, Exec | ReadWrite | Write, Exec
IsDefined combination = True False
PASS
--- stderr
*/
