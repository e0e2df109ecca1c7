"""Dictionaries for entry parsing: well-known employers without a legal suffix, organisation
endings, and job-title words the title pattern does not cover."""

from __future__ import annotations

# Brands that resumes write without 有限公司 (the legal name is rarely used).
KNOWN_EMPLOYERS = frozenset(
    (
        "腾讯", "阿里巴巴", "阿里", "蚂蚁集团", "字节跳动", "美团", "百度", "京东", "华为", "小米",
        "网易", "拼多多", "快手", "滴滴", "携程", "顺丰", "顺丰速运", "京东物流", "中国移动",
        "中国联通", "中国电信", "国家电网", "南方电网", "中国石化", "中国石油", "比亚迪", "格力",
        "美的", "海尔", "联想", "中兴", "大疆", "vivo", "OPPO", "荣耀", "万科", "碧桂园", "保利",
        "星巴克", "麦当劳", "肯德基", "海底捞", "屈臣氏", "宜家", "沃尔玛", "家乐福", "苏宁",
        "国美", "新东方", "好未来", "学而思", "德勤", "普华永道", "安永", "毕马威", "Google",
        "Microsoft", "Amazon", "Apple", "IBM", "Intel", "Oracle", "SAP", "Tencent", "Alibaba",
        "ByteDance", "Huawei", "Baidu",
    )
)  # fmt: skip

# Endings that make a cell an organisation even without 公司.
ORG_ENDINGS = (
    "有限公司", "公司", "集团", "银行", "分行", "支行", "医院", "卫生院", "事务所", "研究院",
    "研究所", "中心", "工作室", "报社", "杂志社", "出版社", "电视台", "电台", "基金会", "协会",
    "委员会", "管理局", "政府", "街道办", "中学", "小学", "幼儿园", "学校", "酒店", "餐厅",
    "门店", "超市", "商场", "工厂", "厂", "店",
)  # fmt: skip

# Title endings the general title pattern lacks.
EXTRA_TITLE_WORDS = (
    "记者", "编辑", "主编", "翻译", "导购", "收银员", "营业员", "文案", "摄影师", "司机", "厨师",
    "主播", "班主任", "辅导员", "园长", "院长", "校长", "董事长", "合伙人", "创始人", "专家",
    "督察", "质检员", "仓管", "保安", "前台", "助教", "作者", "设计", "开发", "测试", "法务",
    "架构", "销售员", "业务员", "跟单", "理货员", "药剂师", "审计师", "精算师", "策划师",
)  # fmt: skip
