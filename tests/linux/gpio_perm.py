# Linux HAL: a user who may not open /dev/gpiochipN (mode 0600 root in the VM) gets EACCES
# naming the chip and the group to join; run as a user (uid 1000) added for it, through su. Runs in the VM of
# run_linux.py; compared with gpio_perm.exp, since there is no CPython counterpart.
import os

prog = """
from machine import Pin
for pin_id in (17, ("lhv-sim", 1)):
    try:
        Pin(pin_id)
    except OSError as e:
        print("OSError", e.errno, e.args[1])
"""
with open("/tmp/perm.py", "w") as f:
    f.write(prog)
os.system("chmod 644 /tmp/perm.py; ls -l $LHV_GPIO_DEV | cut -c1-10")
# The guest's / is 0700 (an initramfs): the user needs to reach /bin and /hw.
os.system("chmod 755 /")
os.system("grep -q ^lhvuser: /etc/passwd || echo 'lhvuser:x:1000:1000::/tmp:/bin/sh' >>/etc/passwd")
st = os.system("su lhvuser -c '/hw/micropython /tmp/perm.py'")
print("status", st)
