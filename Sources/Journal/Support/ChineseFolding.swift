/// Traditional Chinese characters folded to their simplified forms, for matching names only.
///
/// A user in Hong Kong or Taiwan, or one copying from a traditional-script page, types 中國移動
/// for 中国移动. Foundation's ICU transliterator ("Hant-Hans") is not on every platform Swift runs
/// on, so the characters common in company and institution names are listed here; the stored
/// name is never changed, only compared.
public enum ChineseFolding {
    static let table: [Character: Character] = {
        let pairs = "國国動动東东銀银華华電电聯联際际業业險险寶宝貿贸財财門门網网訊讯號号買买賣卖發发開开車车農农資资證证務务郵邮儲储廣广鐵铁氣气豐丰滙汇匯汇興兴慶庆衛卫視视騰腾龍龙為为億亿萬万達达運运團团順顺遞递營营長长亞亚歐欧來来時时錢钱幣币轉转賬账帳账戶户費费壽寿產产廠厂機机場场圓圆貨货會会與与學学醫医藥药療疗體体園园區区縣县鎮镇灣湾臺台蘇苏滬沪陽阳漢汉總总線线單单優优飛飞檢检測测寧宁貴贵陝陕遼辽雲云齊齐魯鲁閩闽贛赣粵粤瓊琼晉晋購购點点評评餓饿攜携騎骑聲声頭头條条盤盘計计魚鱼遊游戲戏樂乐書书報报廳厅監监協协紅红綠绿藍蓝車车險险貸贷額额現现證证場场際际廣广"
        var table: [Character: Character] = [:]
        var characters = Array(pairs)[...]
        while let traditional = characters.popFirst(), let simplified = characters.popFirst() { table[traditional] = simplified }
        return table
    }()

    /// `text` with each listed traditional character replaced by its simplified form.
    public static func simplified(_ text: String) -> String {
        String(text.map { table[$0] ?? $0 })
    }
}
