package cn.ipfin.datagen;

import java.util.random.RandomGenerator;

/**
 * Chinese personal names: a common surname (the most frequent ones of the 2020 census ranking lead the list, so they
 * come up most) and a given name of one or two characters, about a third of them one character.
 */
final class PersonNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲建国红波宁斌浩凯健俊帆帅旭宇晨瑞博文轩思涵欣怡子墨梓萱雨泽一鸣志远海燕春梅永福德胜振宏晓东立新嘉琪";

    private PersonNames() {
    }

    static String next(RandomGenerator random) {
        // Skewed towards the head of the list: the ten commonest surnames cover about 40% of the population.
        int s = (int) (SURNAMES.length() * Math.pow(random.nextDouble(), 2.2));
        StringBuilder name = new StringBuilder(3).append(SURNAMES.charAt(s));
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextInt(3) != 0) name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        return name.toString();
    }
}
