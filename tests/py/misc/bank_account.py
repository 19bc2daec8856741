# misc: a bank-account class hierarchy with overrides, super() and custom exceptions
class InsufficientFunds(Exception):
    pass

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("%s cannot withdraw %d" % (self.owner, amount))
        self.balance -= amount
        self.history.append(("wd", amount))
    def month_end(self):
        pass
    def __str__(self):
        return "#%d %s: %d" % (self.id, self.owner, self.balance)

class Savings(Account):
    def __init__(self, owner, balance=0, rate_pct=2):
        super().__init__(owner, balance)
        self.rate_pct = rate_pct
    def month_end(self):
        interest = self.balance * self.rate_pct // 100
        if interest > 0:
            self.deposit(interest)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds("overdraft exceeded for " + self.owner)
        self.balance -= amount
        self.history.append(("wd", amount))

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

accounts = [Account("ann", 100), Savings("bob", 1000, 5), Checking("cy", 50)]
transfer(accounts[1], accounts[0], 250)
transfer(accounts[2], accounts[0], 120)
for op in [lambda: transfer(accounts[0], accounts[2], 1000),
           lambda: accounts[2].withdraw(500),
           lambda: accounts[0].deposit(-5)]:
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e)
    except ValueError as e:
        print("ValueError:", e)
for a in accounts:
    a.month_end()
    print(a, a.history)
print(sum([a.balance for a in accounts]))
print([type(a).__name__ for a in accounts if isinstance(a, Account)])
