// arrays/large_index_and_bounds_edges: element access at index 0 and Length-1 with long and
// uint indexes, byte arrays near 64K, array element address arithmetic in byte[] via
// BitConverter-free manual packing, and Length of arrays created from int variables.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static void PutInt(byte[] buf, int at, int v)
    {
        buf[at] = (byte)v; buf[at + 1] = (byte)(v >> 8); buf[at + 2] = (byte)(v >> 16); buf[at + 3] = (byte)(v >> 24);
    }
    static int GetInt(byte[] buf, int at) => buf[at] | buf[at + 1] << 8 | buf[at + 2] << 16 | buf[at + 3] << 24;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int n = 65537;
        byte[] buf = new byte[n];
        for (int i = 0; i < n; i++) buf[i] = (byte)(i * 31);
        long li = n - 1; uint ui = 65535; nint ni = 1;
        Console.WriteLine("len " + buf.Length + " last " + buf[li] + " [65535] " + buf[ui] + " [1] " + buf[ni] + " [0] " + buf[0]);
        Check(1, buf.Length == 65537 && buf[li] == 0 && buf[ui] == 225 && buf[ni] == 31);

        int sum = 0;
        for (int i = 0; i < buf.Length; i++) sum += buf[i];
        Console.WriteLine("byte sum " + sum);
        Check(2, sum == 8355840);

        PutInt(buf, 100, -123456789);
        PutInt(buf, 65533, int.MaxValue);
        Console.WriteLine("packed " + GetInt(buf, 100) + " " + GetInt(buf, 65533) + " bytes " + buf[100] + "," + buf[101] + "," + buf[102] + "," + buf[103]);
        Check(3, GetInt(buf, 100) == -123456789 && GetInt(buf, 65533) == int.MaxValue);

        long[] longs = new long[3];
        longs[longs.Length - 1] = 5;
        ulong[] ul = new ulong[(int)3u];
        ul[2u] = ulong.MaxValue;
        Console.WriteLine("longs " + longs[2] + " ulongs " + ul[2] + " lengths " + longs.LongLength + " " + ul.Length);
        Check(4, longs[2] == 5 && ul[2] == ulong.MaxValue && longs.LongLength == 3L);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
len 65537 last 0 [65535] 225 [1] 31 [0] 0
byte sum 8355840
packed -123456789 2147483647 bytes 235,50,164,248
longs 5 ulongs 18446744073709551615 lengths 3 3
PASS
--- stderr
*/
