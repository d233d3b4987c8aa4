// P/Invoke into libc: blittable signatures (getpid, abs, labs), string marshalling
// (strlen, with an explicit charset), pointers and out-buffers (strtol with an out
// pointer, memset/memcpy), SetLastError/errno, and a native-to-managed callback through an
// [UnmanagedCallersOnly] function pointer (qsort).
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

static unsafe class Libc
{
    const string Lib = "libc";

    [DllImport(Lib)] public static extern int getpid();
    [DllImport(Lib)] public static extern int abs(int x);
    [DllImport(Lib)] public static extern long labs(long x);
    [DllImport(Lib, CharSet = CharSet.Ansi)] public static extern nuint strlen(string s);
    [DllImport(Lib, EntryPoint = "strlen")] public static extern nuint strlen_ptr(byte* s);
    [DllImport(Lib)] public static extern void* memset(void* dest, int c, nuint count);
    [DllImport(Lib)] public static extern void* memcpy(void* dest, void* src, nuint count);
    [DllImport(Lib)] public static extern long strtol(byte* text, byte** end, int radix);
    [DllImport(Lib)] public static extern void qsort(void* items, nuint count, nuint size, delegate* unmanaged<void*, void*, int> compare);
    [DllImport(Lib, SetLastError = true)] public static extern int close(int fd);
}

static unsafe class Interop
{
    static int compareCalls;

    [UnmanagedCallersOnly]
    static int CompareInts(void* a, void* b)
    {
        compareCalls++;
        return (*(int*)a).CompareTo(*(int*)b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Parse(ReadOnlySpan<byte> text, int radix)
    {
        fixed (byte* start = text)
        {
            byte* end;
            long value = Libc.strtol(start, &end, radix);
            return value + "@" + (end - start);
        }
    }

    public static void Run()
    {
        Check.Eq("getpid() == Environment.ProcessId", Libc.getpid() == Environment.ProcessId, true);
        Check.Eq("abs", Libc.abs(-42), 42);
        Check.Eq("labs", Libc.labs(-5_000_000_000L), 5_000_000_000L);
        Check.Eq("strlen(string)", Libc.strlen("hello, libc"), (nuint)11);
        fixed (byte* p = "seven!!\0"u8)
            Check.Eq("strlen(byte*)", Libc.strlen_ptr(p), (nuint)7);
        Check.Eq("strtol base 10 (out pointer)", Parse("  -1234xyz\0"u8, 10), "-1234@7");
        Check.Eq("strtol base 16", Parse("ff\0"u8, 16), "255@2");

        byte* block = stackalloc byte[16];
        Libc.memset(block, 0xAB, 16);
        byte* copy = stackalloc byte[16];
        Libc.memcpy(copy, block, 16);
        Check.Eq("memset/memcpy", copy[0] == 0xAB && copy[15] == 0xAB, true);

        int[] values = { 42, -7, 19, 0, 3, 88, -50 };
        fixed (int* v = values)
            Libc.qsort(v, (nuint)values.Length, sizeof(int), &CompareInts);
        Check.Eq("qsort with managed callback", string.Join(",", values), "-50,-7,0,3,19,42,88");
        Check.True("callback invoked", compareCalls > 0);

        int rc = Libc.close(-1);
        int errno = Marshal.GetLastPInvokeError();
        Check.Eq("close(-1) fails", rc, -1);
        Check.Eq("errno EBADF via SetLastError", errno, 9);

        IntPtr mem = Marshal.AllocHGlobal(8);
        Marshal.WriteInt64(mem, 0x0102030405060708);
        Check.Eq("Marshal.ReadByte", Marshal.ReadByte(mem, 0), (byte)8);
        Marshal.FreeHGlobal(mem);
    }
}
