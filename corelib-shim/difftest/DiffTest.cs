// Harness: runs every differential test group, prints mismatches (first few per group) and a summary line.
global using Shim = System;
using System;
using System.Collections.Generic;

static partial class DiffTest
{
    static int s_checks, s_failures, s_groupFailures;
    static readonly List<string> s_failedGroups = new List<string>();
    static double s_scale = 1.0;

    static int Scale(int n) => Math.Max(1, (int)(n * s_scale));

    static void Check(string what, string expected, string actual)
    {
        s_checks++;
        if (expected == actual) return;
        s_failures++;
        if (s_groupFailures++ < (Environment.GetEnvironmentVariable("DIFFTEST_SHOW") is string sh ? int.Parse(sh) : 25)) Console.WriteLine("MISMATCH " + what + "\n   coreclr: " + Show(expected) + "\n   shim:    " + Show(actual));
    }

    static void CheckQuiet(string what, string expected, string actual) => Check(what, expected, actual);

    static string Show(string s) => s == null ? "<null>" : "[" + s + "]";

    static string Try(Func<string> f)
    {
        try { return f(); }
        catch (Exception e) { return "!" + e.GetType().Name + ": " + e.Message; }
    }

    static void Group(string name, Action a)
    {
        s_groupFailures = 0;
        int before = s_failures, checksBefore = s_checks;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        try { a(); }
        catch (Exception e) { s_failures++; Console.WriteLine("CRASH in " + name + ": " + e); }
        Console.WriteLine($"{name}: {s_checks - checksBefore} checks, {s_failures - before} mismatches ({sw.ElapsedMilliseconds} ms)");
        if (s_failures != before) s_failedGroups.Add(name);
    }

    static int Main(string[] args)
    {
        string only = null;
        foreach (var a in args)
        {
            if (a.StartsWith("--scale=")) s_scale = double.Parse(a.Substring(8), System.Globalization.CultureInfo.InvariantCulture);
            else only = a;
        }
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        var groups = new (string, Action)[]
        {
            ("numbers", NumberTests),
            ("collections", CollectionTests),
            ("random", RandomTests),
            ("strings", StringTests),
            ("text", TextTests),
            ("int128", Int128Tests),
            ("datetime", DateTimeTests),
            ("decimal", DecimalTests),
            ("genericmath", GenericMathTests),
        };
        foreach (var (n, a) in groups) if (only == null || only == n) Group(n, a);
        // results of checks run by run.sh outside this process ("name:checks:mismatches")
        if (only == null && Environment.GetEnvironmentVariable("DIFFTEST_EXTRA") is string extra)
        {
            var parts = extra.Split(':');
            int c = int.Parse(parts[1]), m = int.Parse(parts[2]);
            s_checks += c; s_failures += m;
            Console.WriteLine($"{parts[0]}: {c} checks, {m} mismatches (separate processes)");
        }
        Console.WriteLine($"{s_checks - s_failures} passed, {s_failures} failed");
        return s_failures == 0 ? 0 : 1;
    }
}
