# misc: an inventory system with classes, dict-of-lists indexes and report formatting
class Item:
    def __init__(self, sku, name, category, qty, price_cents):
        self.sku = sku
        self.name = name
        self.category = category
        self.qty = qty
        self.price = price_cents
    def value(self):
        return self.qty * self.price

class Inventory:
    def __init__(self):
        self.items = {}
        self.by_category = {}
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(item.sku)
        self.items[item.sku] = item
        self.by_category.setdefault(item.category, []).append(item.sku)
    def remove_qty(self, sku, n):
        item = self.items[sku]
        if n > item.qty:
            raise ValueError("only %d of %s left" % (item.qty, sku))
        item.qty -= n
    def report(self):
        lines = []
        for cat in sorted(self.by_category):
            skus = self.by_category[cat]
            total = sum([self.items[s].value() for s in skus])
            cents = str(100 + total % 100)[1:]
            lines.append("%s: %d items, value %d.%s" % (cat, len(skus), total // 100, cents))
            for s in sorted(skus):
                it = self.items[s]
                lines.append("  " + s + " " + it.name + " " * (12 - len(it.name)) + " x" + str(it.qty))
        return "\n".join(lines)

inv = Inventory()
for args in [("A1", "hammer", "tools", 10, 1299), ("A2", "wrench", "tools", 4, 850),
             ("B1", "apple", "food", 120, 45), ("B2", "bread", "food", 8, 299),
             ("C1", "lamp", "home", 3, 2450)]:
    inv.add(Item(*args))
print(inv.report())
try:
    inv.add(Item("A1", "dup", "tools", 1, 1))
except KeyError as e:
    print("duplicate", e.args)
inv.remove_qty("B1", 20)
try:
    inv.remove_qty("C1", 5)
except ValueError as e:
    print("ValueError:", e)
low = [s for s, it in inv.items.items() if it.qty < 5]
print(low, sum([it.value() for it in inv.items.values()]))
