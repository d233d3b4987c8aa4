// A tiny self-checking harness shared by the R2R samples: every check prints one line
// "what = value" (deterministic text, invariant culture) and counts as ok or failed.
using System;
using System.Collections.Generic;
using System.Globalization;

static class Check
{
    public static int Ok;
    public static int Failed;

    public static void Section(string name) => Console.WriteLine("== " + name);

    public static void Eq<T>(string what, T actual, T expected)
    {
        bool ok = EqualityComparer<T>.Default.Equals(actual, expected);
        if (ok)
        {
            Ok++;
            Console.WriteLine(what + " = " + Show(actual));
        }
        else
        {
            Failed++;
            Console.WriteLine(what + " = " + Show(actual) + "   <-- MISMATCH, expected " + Show(expected));
        }
    }

    public static void True(string what, bool condition) => Eq(what, condition, true);

    public static string Show<T>(T value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    /// Runs one group of checks; an unexpected exception counts as a failure.
    public static void Run(string name, Action body)
    {
        Section(name);
        try
        {
            body();
        }
        catch (Exception e)
        {
            Failed++;
            Console.WriteLine("unexpected " + e.GetType().Name + ": " + e.Message + "   <-- MISMATCH");
        }
    }
}
