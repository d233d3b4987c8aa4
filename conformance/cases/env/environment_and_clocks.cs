// env/environment_and_clocks: Environment.NewLine, ProcessorCount > 0, Is64BitProcess,
// CurrentManagedThreadId > 0, Environment.TickCount64 and Stopwatch monotonic (only booleans
// are printed: timings are not deterministic), Stopwatch.Frequency > 0, Elapsed >= 0 and
// ElapsedTicks consistency; string-hash randomization is not printed either.
using System;
using System.Globalization;
using System.Diagnostics;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("NewLine is \\n: " + (Environment.NewLine == "\n"));
        Console.WriteLine("ProcessorCount > 0: " + (Environment.ProcessorCount > 0));
        Console.WriteLine("Is64BitProcess: " + Environment.Is64BitProcess + ", pointer size: " + IntPtr.Size);
        Console.WriteLine("CurrentManagedThreadId > 0: " + (Environment.CurrentManagedThreadId > 0));
        Console.WriteLine("HasShutdownStarted: " + Environment.HasShutdownStarted);

        long t0 = Environment.TickCount64;
        var sw = Stopwatch.StartNew();
        long ts0 = Stopwatch.GetTimestamp();
        double acc = 0;
        for (int i = 1; i < 200000; i++) acc += 1.0 / i;
        long ts1 = Stopwatch.GetTimestamp();
        sw.Stop();
        long t1 = Environment.TickCount64;
        Console.WriteLine("TickCount64 monotonic: " + (t1 >= t0) + ", positive: " + (t0 > 0));
        Console.WriteLine("GetTimestamp monotonic: " + (ts1 >= ts0));
        Console.WriteLine("Stopwatch.Frequency > 0: " + (Stopwatch.Frequency > 0));
        Console.WriteLine("Elapsed >= 0: " + (sw.Elapsed.Ticks >= 0) + ", IsRunning after Stop: " + sw.IsRunning);
        long e1 = sw.ElapsedTicks;
        long e2 = sw.ElapsedTicks;
        Console.WriteLine("stopped stopwatch is frozen: " + (e1 == e2));
        Console.WriteLine("work result sane: " + (acc > 12 && acc < 13));
        Console.WriteLine("GetElapsedTime non-negative: " + (Stopwatch.GetElapsedTime(ts0, ts1) >= TimeSpan.Zero));
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
NewLine is \n: True
ProcessorCount > 0: True
Is64BitProcess: True, pointer size: 8
CurrentManagedThreadId > 0: True
HasShutdownStarted: False
TickCount64 monotonic: True, positive: True
GetTimestamp monotonic: True
Stopwatch.Frequency > 0: True
Elapsed >= 0: True, IsRunning after Stop: False
stopped stopwatch is frozen: True
work result sane: True
GetElapsedTime non-negative: True
--- stderr
*/
