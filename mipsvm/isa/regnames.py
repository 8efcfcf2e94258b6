"""Register names of the n64 ABI (the ones GNU objdump and gdb print), the one
copy every disassembler, dump and checker uses."""

GPR = ("zero", "at", "v0", "v1", "a0", "a1", "a2", "a3",
       "a4", "a5", "a6", "a7", "t0", "t1", "t2", "t3",
       "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7",
       "t8", "t9", "k0", "k1", "gp", "sp", "s8", "ra")
K0, K1 = GPR.index("k0"), GPR.index("k1")

# CP1 control registers by number (FIR, UFR, UNFR, FCCR, FEXR, FENR, FCSR)
FCR = {0: "c1_fir", 1: "c1_ufr", 4: "c1_unfr", 25: "c1_fccr", 26: "c1_fexr", 28: "c1_fenr", 31: "c1_fcsr"}
