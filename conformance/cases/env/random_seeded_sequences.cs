// env/random_seeded_sequences: System.Random with fixed seeds is deterministic (the seeded
// constructor uses the legacy subtractive generator): Next(), Next(n), Next(a,b), NextDouble,
// NextSingle, NextInt64 variants, NextBytes and Shuffle, for seeds 42, 0, int.MaxValue and
// int.MinValue; two instances with the same seed agree. Random.Shared is only range-checked.
using System;
using System.Globalization;

static class Program
{
    static string Seq(int seed)
    {
        var r = new Random(seed);
        var inv = CultureInfo.InvariantCulture;
        string s = "seed " + seed + ":";
        s += " next=" + r.Next() + "," + r.Next() + "," + r.Next();
        s += " next(10)=" + r.Next(10) + "," + r.Next(10) + "," + r.Next(10) + "," + r.Next(10);
        s += " next(-50,50)=" + r.Next(-50, 50) + "," + r.Next(-50, 50);
        s += " next(min,max)=" + r.Next(int.MinValue, int.MaxValue);
        s += " dbl=" + r.NextDouble().ToString("R", inv) + "," + r.NextDouble().ToString("R", inv);
        s += " sgl=" + r.NextSingle().ToString("R", inv);
        s += " i64=" + r.NextInt64() + "," + r.NextInt64(1000) + "," + r.NextInt64(-5, 5) + "," + r.NextInt64(long.MinValue, long.MaxValue);
        byte[] b = new byte[10];
        r.NextBytes(b);
        s += " bytes=" + BitConverter.ToString(b);
        int[] deck = { 1, 2, 3, 4, 5, 6, 7, 8 };
        r.Shuffle(deck);
        s += " shuffle=" + string.Join("", deck);
        s += " next(0)=" + r.Next(0) + " next(1)=" + r.Next(1);
        return s;
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string a = Seq(42);
        Console.WriteLine(a);
        Console.WriteLine(Seq(0));
        Console.WriteLine(Seq(int.MaxValue));
        Console.WriteLine(Seq(int.MinValue));
        if (Seq(42) != a) return 1;
        string neg = Seq(-42);
        Console.WriteLine("seed -42 gives the same sequence as 42: " + (neg.Substring(neg.IndexOf(':')) == a.Substring(a.IndexOf(':'))));
        int shared = Random.Shared.Next(5, 10);
        double sd = Random.Shared.NextDouble();
        Console.WriteLine("Random.Shared in range: " + (shared >= 5 && shared < 10 && sd >= 0 && sd < 1));
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
seed 42: next=1434747710,302596119,269548474 next(10)=5,1,2,7 next(-50,50)=1,-33 next(min,max)=-1634773128 dbl=0.2573213978937461,0.5056035446494834 sgl=0.3202332 i64=4772639217684328679,591,-4,737338059920318774 bytes=09-14-57-9A-B0-36-CF-D6-28-0B shuffle=72681534 next(0)=0 next(1)=0
seed 0: next=1559595546,1755192844,1649316166 next(10)=5,2,5,9 next(-50,50)=-6,47 next(min,max)=587775846 dbl=0.4673147003479836,0.6326590728166788 sgl=0.46951187 i64=7953955343373921736,322,3,863594917480089334 bytes=93-B3-0D-4A-40-29-75-CF-74-6C shuffle=85746123 next(0)=0 next(1)=0
seed 2147483647: next=1559595546,1755192844,1649316172 next(10)=5,2,5,9 next(-50,50)=-6,47 next(min,max)=587775834 dbl=0.4673147003479836,0.6326590662974207 sgl=0.46951187 i64=7953955343373921736,322,3,863594917480089334 bytes=95-B3-0D-4A-4C-29-75-C9-74-6C shuffle=85746123 next(0)=0 next(1)=0
seed -2147483648: next=1559595546,1755192844,1649316172 next(10)=5,2,5,9 next(-50,50)=-6,47 next(min,max)=587775834 dbl=0.4673147003479836,0.6326590662974207 sgl=0.46951187 i64=7953955343373921736,322,3,863594917480089334 bytes=95-B3-0D-4A-4C-29-75-C9-74-6C shuffle=85746123 next(0)=0 next(1)=0
seed -42 gives the same sequence as 42: True
Random.Shared in range: True
PASS
--- stderr
*/
