package cn.ipfin.datagen;

import java.util.List;

/**
 * A GB/T 4754-2017 industry class (国民经济行业分类) with the word enterprises of that trade put in their names,
 * the park that hosts it, the Nice class its trademarks are usually filed in, and what its patents are about.
 */
record Industry(String code, String name, String nameWord, String park, int niceClass, List<String> patentSubjects) {

    static final String HIGH_TECH_PARK = "高新技术产业园";
    static final String MANUFACTURING_PARK = "智能制造产业园";
    static final String BIOMEDICAL_PARK = "生物医药产业园";
    static final String SOFTWARE_PARK = "软件园";
    static final String MATERIALS_PARK = "新材料产业园";

    private static final List<String> PHARMA = List.of("缓释制剂", "原料药结晶", "抗体纯化", "中间体合成", "冻干粉针");
    private static final List<String> DEVICE = List.of("监护仪", "超声探头", "体外诊断试剂盒", "输注泵", "内窥镜");
    private static final List<String> ELECTRONIC = List.of("芯片封装结构", "传感器", "电路板", "光电模组", "功率器件");
    private static final List<String> MACHINE = List.of("机械臂", "夹具", "数控机床主轴", "减速器", "自动上料装置");
    private static final List<String> SOFTWARE = List.of("数据处理", "图像识别", "任务调度", "设备监测", "权限管理");
    private static final List<String> MATERIAL = List.of("复合材料", "改性树脂", "涂层", "电极材料", "高温合金");

    /** About 25 tech-leaning classes, as an industrial-park district attracts them. */
    static final List<Industry> ALL = List.of(
            new Industry("C2710", "化学药品原料药制造", "制药", BIOMEDICAL_PARK, 5, PHARMA),
            new Industry("C2720", "化学药品制剂制造", "药业", BIOMEDICAL_PARK, 5, PHARMA),
            new Industry("C2761", "生物药品制造", "生物科技", BIOMEDICAL_PARK, 5, PHARMA),
            new Industry("C2762", "基因工程药物和疫苗制造", "生物技术", BIOMEDICAL_PARK, 5, PHARMA),
            new Industry("C3581", "医疗诊断、监护及治疗设备制造", "医疗器械", BIOMEDICAL_PARK, 10, DEVICE),
            new Industry("M7340", "医学研究和试验发展", "医药研究", BIOMEDICAL_PARK, 42, PHARMA),
            new Industry("C3914", "工业控制计算机及系统制造", "自动化", HIGH_TECH_PARK, 9, ELECTRONIC),
            new Industry("C3921", "通信系统设备制造", "通信技术", HIGH_TECH_PARK, 9, ELECTRONIC),
            new Industry("C3973", "集成电路制造", "半导体", HIGH_TECH_PARK, 9, ELECTRONIC),
            new Industry("C3976", "光电子器件制造", "光电", HIGH_TECH_PARK, 9, ELECTRONIC),
            new Industry("C3982", "电子电路制造", "电子", HIGH_TECH_PARK, 9, ELECTRONIC),
            new Industry("C3983", "敏感元件及传感器制造", "传感技术", HIGH_TECH_PARK, 9, ELECTRONIC),
            new Industry("M7320", "工程和技术研究和试验发展", "科技", HIGH_TECH_PARK, 42, ELECTRONIC),
            new Industry("C3491", "工业机器人制造", "机器人", MANUFACTURING_PARK, 7, MACHINE),
            new Industry("C3493", "增材制造装备制造", "智能装备", MANUFACTURING_PARK, 7, MACHINE),
            new Industry("C3421", "金属切削机床制造", "精密机械", MANUFACTURING_PARK, 7, MACHINE),
            new Industry("C3670", "汽车零部件及配件制造", "汽车部件", MANUFACTURING_PARK, 12, MACHINE),
            new Industry("C4011", "工业自动控制系统装置制造", "智能控制", MANUFACTURING_PARK, 9, MACHINE),
            new Industry("C4014", "实验分析仪器制造", "仪器", MANUFACTURING_PARK, 9, MACHINE),
            new Industry("C3964", "服务消费机器人制造", "智能科技", MANUFACTURING_PARK, 7, MACHINE),
            new Industry("I6511", "基础软件开发", "软件", SOFTWARE_PARK, 9, SOFTWARE),
            new Industry("I6513", "应用软件开发", "信息技术", SOFTWARE_PARK, 9, SOFTWARE),
            new Industry("I6531", "信息系统集成服务", "信息系统", SOFTWARE_PARK, 42, SOFTWARE),
            new Industry("I6532", "物联网技术服务", "物联网科技", SOFTWARE_PARK, 42, SOFTWARE),
            new Industry("I6550", "信息处理和存储支持服务", "数据科技", SOFTWARE_PARK, 42, SOFTWARE),
            new Industry("C2651", "初级形态塑料及合成树脂制造", "新材料", MATERIALS_PARK, 1, MATERIAL),
            new Industry("C3985", "电子专用材料制造", "电子材料", MATERIALS_PARK, 1, MATERIAL),
            new Industry("C3841", "锂离子电池制造", "新能源", MATERIALS_PARK, 9, MATERIAL),
            new Industry("M7513", "新材料技术推广服务", "材料科技", MATERIALS_PARK, 42, MATERIAL));

    static final List<String> PARKS = List.of(HIGH_TECH_PARK, MANUFACTURING_PARK, BIOMEDICAL_PARK, SOFTWARE_PARK, MATERIALS_PARK);

    boolean isSoftware() {
        return code.startsWith("I");
    }
}
