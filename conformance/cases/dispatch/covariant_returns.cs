// dispatch/covariant_returns: C# 9 covariant return types on class overrides (methods and
// read-only properties), calls through base and derived static types, and a three-level chain.
using System;
using System.Globalization;

class Food { public virtual string What => "food"; }
class Fruit : Food { public override string What => "fruit"; }
class Apple : Fruit { public override string What => "apple"; public int Seeds = 5; }

class Shop
{
    public virtual Food Sell() => new Food();
    public virtual Food Featured => new Food();
}
class FruitShop : Shop
{
    public override Fruit Sell() => new Fruit();
    public override Fruit Featured => new Fruit();
}
class AppleShop : FruitShop
{
    public override Apple Sell() => new Apple();
    public override Apple Featured => new Apple { Seeds = 9 };
}

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Shop s = new AppleShop();
        FruitShop fs = new AppleShop();
        AppleShop a = new AppleShop();
        Check(1, s.Sell().What + " " + fs.Sell().What + " " + a.Sell().What, "apple apple apple");
        Check(2, a.Sell().Seeds.ToString() + " " + a.Featured.Seeds, "5 9");
        Fruit f = fs.Featured;
        Check(3, f.What + " " + f.GetType().Name, "apple Apple");
        Shop plain = new FruitShop();
        Check(4, plain.Sell().What + " " + plain.Featured.GetType().Name, "fruit Fruit");
        Shop[] shops = { new Shop(), new FruitShop(), new AppleShop() };
        string all = "";
        foreach (Shop sh in shops) all += sh.Sell().What + ",";
        Check(5, all, "food,fruit,apple,");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: apple apple apple
2: 5 9
3: apple Apple
4: fruit Fruit
5: food,fruit,apple,
PASS
--- stderr
*/
