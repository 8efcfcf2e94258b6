/* Stand-in for the generated decode_gen.h, for the FPU harness only: the
 * OP_* names fpu.h uses (values arbitrary) and their mnemonics. */
#ifndef MIPSVM_FPU_DECODE_STUB_H
#define MIPSVM_FPU_DECODE_STUB_H

#define FPU_STUB_OPS(X) \
    X(ADD_S, "add.s") \
    X(SUB_S, "sub.s") \
    X(MUL_S, "mul.s") \
    X(DIV_S, "div.s") \
    X(SQRT_S, "sqrt.s") \
    X(ABS_S, "abs.s") \
    X(MOV_S, "mov.s") \
    X(NEG_S, "neg.s") \
    X(ROUND_L_S, "round.l.s") \
    X(TRUNC_L_S, "trunc.l.s") \
    X(CEIL_L_S, "ceil.l.s") \
    X(FLOOR_L_S, "floor.l.s") \
    X(ROUND_W_S, "round.w.s") \
    X(TRUNC_W_S, "trunc.w.s") \
    X(CEIL_W_S, "ceil.w.s") \
    X(FLOOR_W_S, "floor.w.s") \
    X(MOVF_S, "movf.s") \
    X(MOVT_S, "movt.s") \
    X(MOVZ_S, "movz.s") \
    X(MOVN_S, "movn.s") \
    X(RECIP_S, "recip.s") \
    X(RSQRT_S, "rsqrt.s") \
    X(CVT_D_S, "cvt.d.s") \
    X(CVT_W_S, "cvt.w.s") \
    X(CVT_L_S, "cvt.l.s") \
    X(C_F_S, "c.f.s") \
    X(C_UN_S, "c.un.s") \
    X(C_EQ_S, "c.eq.s") \
    X(C_UEQ_S, "c.ueq.s") \
    X(C_OLT_S, "c.olt.s") \
    X(C_ULT_S, "c.ult.s") \
    X(C_OLE_S, "c.ole.s") \
    X(C_ULE_S, "c.ule.s") \
    X(C_SF_S, "c.sf.s") \
    X(C_NGLE_S, "c.ngle.s") \
    X(C_SEQ_S, "c.seq.s") \
    X(C_NGL_S, "c.ngl.s") \
    X(C_LT_S, "c.lt.s") \
    X(C_NGE_S, "c.nge.s") \
    X(C_LE_S, "c.le.s") \
    X(C_NGT_S, "c.ngt.s") \
    X(ADD_D, "add.d") \
    X(SUB_D, "sub.d") \
    X(MUL_D, "mul.d") \
    X(DIV_D, "div.d") \
    X(SQRT_D, "sqrt.d") \
    X(ABS_D, "abs.d") \
    X(MOV_D, "mov.d") \
    X(NEG_D, "neg.d") \
    X(ROUND_L_D, "round.l.d") \
    X(TRUNC_L_D, "trunc.l.d") \
    X(CEIL_L_D, "ceil.l.d") \
    X(FLOOR_L_D, "floor.l.d") \
    X(ROUND_W_D, "round.w.d") \
    X(TRUNC_W_D, "trunc.w.d") \
    X(CEIL_W_D, "ceil.w.d") \
    X(FLOOR_W_D, "floor.w.d") \
    X(MOVF_D, "movf.d") \
    X(MOVT_D, "movt.d") \
    X(MOVZ_D, "movz.d") \
    X(MOVN_D, "movn.d") \
    X(RECIP_D, "recip.d") \
    X(RSQRT_D, "rsqrt.d") \
    X(CVT_S_D, "cvt.s.d") \
    X(CVT_W_D, "cvt.w.d") \
    X(CVT_L_D, "cvt.l.d") \
    X(C_F_D, "c.f.d") \
    X(C_UN_D, "c.un.d") \
    X(C_EQ_D, "c.eq.d") \
    X(C_UEQ_D, "c.ueq.d") \
    X(C_OLT_D, "c.olt.d") \
    X(C_ULT_D, "c.ult.d") \
    X(C_OLE_D, "c.ole.d") \
    X(C_ULE_D, "c.ule.d") \
    X(C_SF_D, "c.sf.d") \
    X(C_NGLE_D, "c.ngle.d") \
    X(C_SEQ_D, "c.seq.d") \
    X(C_NGL_D, "c.ngl.d") \
    X(C_LT_D, "c.lt.d") \
    X(C_NGE_D, "c.nge.d") \
    X(C_LE_D, "c.le.d") \
    X(C_NGT_D, "c.ngt.d") \
    X(CVT_S_W, "cvt.s.w") \
    X(CVT_D_W, "cvt.d.w") \
    X(CVT_S_L, "cvt.s.l") \
    X(CVT_D_L, "cvt.d.l") \
    X(MFC1, "mfc1") \
    X(DMFC1, "dmfc1") \
    X(CFC1, "cfc1") \
    X(MFHC1, "mfhc1") \
    X(MTC1, "mtc1") \
    X(DMTC1, "dmtc1") \
    X(CTC1, "ctc1") \
    X(MTHC1, "mthc1") \
    X(MADD_S, "madd.s") \
    X(MADD_D, "madd.d") \
    X(MSUB_S, "msub.s") \
    X(MSUB_D, "msub.d") \
    X(NMADD_S, "nmadd.s") \
    X(NMADD_D, "nmadd.d") \
    X(NMSUB_S, "nmsub.s") \
    X(NMSUB_D, "nmsub.d") \
    X(MOVF, "movf") \
    X(MOVT, "movt")

#define FPU_STUB_ENUM(id, name) OP_##id,
enum { OP_INVALID = 0, FPU_STUB_OPS(FPU_STUB_ENUM) OP_COUNT };

#define FPU_STUB_NAME(id, name) name,
static const char *const mips_op_name[OP_COUNT] = { "invalid", FPU_STUB_OPS(FPU_STUB_NAME) };

#endif
