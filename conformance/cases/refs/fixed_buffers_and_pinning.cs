// refs/fixed_buffers_and_pinning: fixed-size buffers inside structs, pinning strings and
// arrays with `fixed` (string chars are readable and the terminator is '\0'), pinning an
// empty array (null pointer), and struct-in-array pinning.
using System;
using System.Globalization;

unsafe struct Packet
{
    public int Length;
    public fixed byte Data[16];
    public fixed char Name[4];
    public int Sum() { int s = 0; for (int i = 0; i < Length; i++) s += Data[i]; return s; }
}

static unsafe class Program
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
        Packet p = default;
        p.Length = 5;
        for (int i = 0; i < 16; i++) p.Data[i] = (byte)(i + 1);
        p.Name[0] = 'a'; p.Name[3] = 'z';
        Console.WriteLine("sizeof Packet=" + sizeof(Packet) + " sum=" + p.Sum() + " name0=" + p.Name[0] + " name3=" + p.Name[3] + " data15=" + p.Data[15]);
        Check(1, sizeof(Packet) == 28 && p.Sum() == 15 && p.Data[15] == 16);

        Packet q = p;              // fixed buffers are copied by value
        q.Data[0] = 100;
        Console.WriteLine("copy independent: p.Data0=" + p.Data[0] + " q.Data0=" + q.Data[0]);
        Check(2, p.Data[0] == 1 && q.Data[0] == 100);

        string s = "pin";
        int code = 0;
        fixed (char* pc = s)
        {
            for (int i = 0; i < s.Length; i++) code = code * 131 + pc[i];
            Console.WriteLine("string chars " + pc[0] + pc[1] + pc[2] + " terminator " + (int)pc[3]);
            Check(3, pc[3] == '\0');
        }
        Console.WriteLine("code " + code);
        Check(4, code == ((('p' * 131) + 'i') * 131 + 'n'));

        int[] empty = new int[0];
        int[]? none = null;
        fixed (int* pe = empty) fixed (int* pn = none)
        {
            Console.WriteLine("empty array pinned null: " + (pe == null) + ", null array pinned null: " + (pn == null));
            Check(5, pe == null && pn == null);
        }

        Packet[] packets = new Packet[2];
        fixed (Packet* pp = &packets[1])
        {
            pp->Length = 2;
            pp->Data[0] = 7; pp->Data[1] = 9;
        }
        Console.WriteLine("pinned element sum " + packets[1].Sum());
        Check(6, packets[1].Sum() == 16);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
sizeof Packet=28 sum=15 name0=a name3=z data15=16
copy independent: p.Data0=1 q.Data0=100
string chars pin terminator 0
code 1935897
empty array pinned null: True, null array pinned null: True
pinned element sum 16
PASS
--- stderr
*/
