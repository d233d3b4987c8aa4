// delegates/multicast_delegates: combining with + and +=, invocation order, the return value
// of a multicast delegate being the last one's, removal with -= (removes the last matching
// occurrence), removing from a single-element delegate giving null, GetInvocationList length,
// and events (add/remove through a field-like event). (Delegates milestone.)
using System;
using System.Globalization;
using System.Text;

class Button
{
    public event Action<string>? Clicked;
    public void Click(string who) => Clicked?.Invoke(who);
}

static class Program
{
    static StringBuilder log = new StringBuilder();
    static void A() => log.Append("A");
    static void B() => log.Append("B");
    static void C() => log.Append("C");
    static int One() { log.Append("1"); return 1; }
    static int Two() { log.Append("2"); return 2; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Action m = A;
        m += B;
        m += C;
        m += A;
        m();
        Console.WriteLine("invoke order: " + log + " count " + m.GetInvocationList().Length);
        if (log.ToString() != "ABCA") return 1;
        log.Clear();

        m -= A;               // removes the LAST A
        m();
        Console.WriteLine("after -= A: " + log);
        if (log.ToString() != "ABC") return 2;
        log.Clear();

        Action? single = A;
        single -= A;
        Action? fromNull = null;
        fromNull += B;
        fromNull!();
        Console.WriteLine("single -= itself is null: " + (single == null) + ", null += B works: " + log);
        log.Clear();

        Func<int> f = One;
        f += Two;
        int r = f();
        Console.WriteLine("multicast return value is the last: " + r + " (called " + log + ")");
        if (r != 2 || log.ToString() != "12") return 3;
        log.Clear();

        Action combined = (Action)Delegate.Combine(new Action(A), new Action(B))!;
        Action ab = A; ab += B;
        Console.WriteLine("Combine equals +: " + combined.Equals(ab) + ", removing a pair: " + ((Action?)Delegate.Remove(ab, combined) == null));

        var btn = new Button();
        Action<string> h1 = who => log.Append("h1:" + who + " ");
        Action<string> h2 = who => log.Append("h2:" + who + " ");
        btn.Clicked += h1; btn.Clicked += h2;
        btn.Click("x");
        btn.Clicked -= h1;
        btn.Click("y");
        Console.WriteLine("event: " + log.ToString().TrimEnd());
        if (log.ToString() != "h1:x h2:x h2:y ") return 4;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
invoke order: ABCA count 4
after -= A: ABC
single -= itself is null: True, null += B works: B
multicast return value is the last: 2 (called 12)
Combine equals +: True, removing a pair: True
event: h1:x h2:x h2:y
PASS
--- stderr
*/
