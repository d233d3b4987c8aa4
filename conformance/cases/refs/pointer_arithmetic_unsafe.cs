// refs/pointer_arithmetic_unsafe: typed pointers over stackalloc and fixed arrays, pointer
// increments scaled by element size, pointer differences, comparisons, void*/byte* casts,
// -> member access, pointer indexing with negative offsets, and pointers to pointers.
using System;
using System.Globalization;

struct P3 { public int X, Y, Z; }

static unsafe class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static long Sum(long* p, int n) { long s = 0; for (long* e = p + n; p < e; p++) s += *p; return s; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        long* buf = stackalloc long[8];
        for (int i = 0; i < 8; i++) buf[i] = (long)i * i;
        long* mid = buf + 4;
        Console.WriteLine("mid=" + *mid + " mid[-1]=" + mid[-1] + " mid[3]=" + mid[3] + " diff=" + (mid - buf) + " bytes=" + ((byte*)mid - (byte*)buf));
        Check(1, *mid == 16 && mid[-1] == 9 && mid[3] == 49 && mid - buf == 4 && (byte*)mid - (byte*)buf == 32);
        Console.WriteLine("sum=" + Sum(buf, 8) + " cmp " + (mid > buf) + (mid <= buf) + (buf + 4 == mid));
        Check(2, Sum(buf, 8) == 140 && mid > buf && buf + 4 == mid);

        int[] ints = { 0x11223344, 0x55667788 };
        fixed (int* pi = ints)
        {
            byte* pb = (byte*)pi;
            Console.WriteLine("bytes " + pb[0].ToString("x2") + pb[1].ToString("x2") + pb[2].ToString("x2") + pb[3].ToString("x2") + " " + pb[4].ToString("x2"));
            Check(3, pb[0] == 0x44 && pb[3] == 0x11 && pb[4] == 0x88);
            short* ps = (short*)(pb + 2);
            *ps = -1;
            void* pv = pi;
            uint* pu = (uint*)pv;
            Console.WriteLine("patched " + ints[0].ToString("x8") + " as uint " + *pu);
            Check(4, ints[0] == unchecked((int)0xFFFF3344) && *pu == 0xFFFF3344u);
        }

        P3* pts = stackalloc P3[3];
        for (int i = 0; i < 3; i++) { pts[i].X = i; (pts + i)->Y = i * 10; (*(pts + i)).Z = i * 100; }
        P3* last = &pts[2];
        int* pz = &last->Z;
        *pz += 1;
        Console.WriteLine("structs " + pts[1].X + "," + pts[1].Y + "," + pts[1].Z + " last.Z=" + last->Z + " stride=" + ((byte*)(pts + 1) - (byte*)pts));
        Check(5, pts[1].Y == 10 && last->Z == 201 && sizeof(P3) == 12);

        int value = 7;
        int* p1 = &value;
        int** pp = &p1;
        **pp = 8;
        Console.WriteLine("ptr-to-ptr " + value + " null? " + (p1 == null) + " nullptr " + ((nint)(int*)null));
        Check(6, value == 8);

        byte* walk = (byte*)buf;
        walk += 8; walk -= 3; walk++;
        Console.WriteLine("walk offset " + (walk - (byte*)buf) + " ulong cast diff " + ((ulong)walk - (ulong)buf));
        Check(7, walk - (byte*)buf == 6);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
mid=16 mid[-1]=9 mid[3]=49 diff=4 bytes=32
sum=140 cmp TrueFalseTrue
bytes 44332211 88
patched ffff3344 as uint 4294914884
structs 1,10,100 last.Z=201 stride=12
ptr-to-ptr 8 null? False nullptr 0
walk offset 6 ulong cast diff 6
PASS
--- stderr
*/
