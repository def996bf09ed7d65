/// A model that passes every check of ``LinearModel/validate()`` and yet makes GLPK 5.0 stop on an internal
/// assertion: `q->lb < q->ub` in npp/npp3.c, inside `glp_intopt` with its MIP preprocessor (issue 13, item 1).
///
/// It is the second stage of the lexicographic rounding of 500,000,000 pædagog places over the 11 municipalities
/// (shipped inputs, `places: 500000000`), as `CPLEXLPWriter` wrote it. Without the MIP preprocessor GLPK solves it
/// (`glpsol --nointopt`: 3.030186392); with it GLPK asserts (`glpsol` itself aborts with exit 134), so it tests the
/// safety net under every GLPK call.
public enum GLPKAssertionModel {
    /// The CPLEX-LP text.
    public static let text = """
        \\ Problem: rounding
        \\ 57 rows, 34 columns (11 integer); written by kkr-plan with 17 significant digits
        Minimize
         obj: + 0 x0_paedagog_773 + d0 + 0 e0 + 0 x1_paedagog_787 + d1 + 0 e1 + 0 x2_paedagog_810 + d2
         + 0 e2 + 0 x3_paedagog_813 + d3 + 0 e3 + 0 x4_paedagog_820 + d4 + 0 e4 + 0 x5_paedagog_825 + d5
         + 0 e5 + 0 x6_paedagog_840 + d6 + 0 e6 + 0 x7_paedagog_846 + d7 + 0 e7 + 0 x8_paedagog_849 + d8
         + 0 e8 + 0 x9_paedagog_851 + d9 + 0 e9 + 0 x10_paedagog_860 + d10 + 0 e10 + 0 t0
        Subject To
         above0: + d0 - x0_paedagog_773 >= -17160336.036451411
         below0: + d0 + x0_paedagog_773 >= 17160336.036451411
         up0: + e0 - x0_paedagog_773 >= -33
         down0: + e0 + x0_paedagog_773 >= 33
         above1: + d1 - x1_paedagog_787 >= -36803144.747904859
         below1: + d1 + x1_paedagog_787 >= 36803144.747904859
         up1: + e1 - x1_paedagog_787 >= -71
         down1: + e1 + x1_paedagog_787 >= 71
         above2: + d2 - x2_paedagog_810 >= -30769439.396815926
         below2: + d2 + x2_paedagog_810 >= 30769439.396815926
         up2: + e2 - x2_paedagog_810 >= -59
         down2: + e2 + x2_paedagog_810 >= 59
         above3: + d3 - x3_paedagog_813 >= -50559721.732526921
         below3: + d3 + x3_paedagog_813 >= 50559721.732526921
         up3: + e3 - x3_paedagog_813 >= -97
         down3: + e3 + x3_paedagog_813 >= 97
         above4: + d4 - x4_paedagog_820 >= -31127952.862683408
         below4: + d4 + x4_paedagog_820 >= 31127952.862683408
         up4: + e4 - x4_paedagog_820 >= -60
         down4: + e4 + x4_paedagog_820 >= 60
         above5: + d5 - x5_paedagog_825 >= -1513723.5225515987
         below5: + d5 + x5_paedagog_825 >= 1513723.5225515987
         up5: + e5 - x5_paedagog_825 >= -3
         down5: + e5 + x5_paedagog_825 >= 3
         above6: + d6 - x6_paedagog_840 >= -25522260.041767243
         below6: + d6 + x6_paedagog_840 >= 25522260.041767243
         up6: + e6 - x6_paedagog_840 >= -49
         down6: + e6 + x6_paedagog_840 >= 49
         above7: + d7 - x7_paedagog_846 >= -35427571.804399118
         below7: + d7 + x7_paedagog_846 >= 35427571.804399118
         up7: + e7 - x7_paedagog_846 >= -68
         down7: + e7 + x7_paedagog_846 >= 68
         above8: + d8 - x8_paedagog_849 >= -32481489.517506983
         below8: + d8 + x8_paedagog_849 >= 32481489.517506983
         up8: + e8 - x8_paedagog_849 >= -62
         down8: + e8 + x8_paedagog_849 >= 62
         above9: + d9 - x9_paedagog_851 >= -183981821.75693634
         below9: + d9 + x9_paedagog_851 >= 183981821.75693634
         up9: + e9 - x9_paedagog_851 >= -353
         down9: + e9 + x9_paedagog_851 >= 353
         above10: + d10 - x10_paedagog_860 >= -54652538.580456182
         below10: + d10 + x10_paedagog_860 >= 54652538.580456182
         up10: + e10 - x10_paedagog_860 >= -105
         down10: + e10 + x10_paedagog_860 >= 105
         max0_0: + t0 - d0 >= 0
         max0_1: + t0 - d1 >= 0
         max0_2: + t0 - d2 >= 0
         max0_3: + t0 - d3 >= 0
         max0_4: + t0 - d4 >= 0
         max0_5: + t0 - d5 >= 0
         max0_6: + t0 - d6 >= 0
         max0_7: + t0 - d7 >= 0
         max0_8: + t0 - d8 >= 0
         max0_9: + t0 - d9 >= 0
         max0_10: + t0 - d10 >= 0
         total_paedagog: + x0_paedagog_773 + x1_paedagog_787 + x2_paedagog_810 + x3_paedagog_813
         + x4_paedagog_820 + x5_paedagog_825 + x6_paedagog_840 + x7_paedagog_846 + x8_paedagog_849
         + x9_paedagog_851 + x10_paedagog_860 = 500000000
         keep_largest_deviation: + t0 <= 0.52255259872584048
        Bounds
        Generals
         x0_paedagog_773
         x1_paedagog_787
         x2_paedagog_810
         x3_paedagog_813
         x4_paedagog_820
         x5_paedagog_825
         x6_paedagog_840
         x7_paedagog_846
         x8_paedagog_849
         x9_paedagog_851
         x10_paedagog_860
        End

        """
}
