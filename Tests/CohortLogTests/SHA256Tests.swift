import Testing
@testable import CohortLog

// MARK: - Helpers

/// The bytes of an ASCII/UTF-8 string.
private func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

/// The deterministic test pattern whose prefixes are checked against Python's hashlib.
private func pattern(_ n: Int) -> [UInt8] {
    (0..<n).map { i in UInt8(truncatingIfNeeded: (i &* 167 &+ 13) ^ (i >> 3)) }
}

/// Hashes `bytes` fed as `bytes[..<split]` then `bytes[split...]`.
private func splitHash(_ bytes: [UInt8], at split: Int) -> Digest {
    var h = SHA256()
    bytes.withUnsafeBytes { raw in
        h.update(UnsafeRawBufferPointer(rebasing: raw[..<split]))
        h.update(UnsafeRawBufferPointer(rebasing: raw[split...]))
    }
    return h.finalize()
}

/// A deliberately simple, obviously-correct SHA-256 (FIPS 180-4, section 6.2) used as a second
/// reference for lengths beyond the embedded hashlib table.
private func referenceSHA256(_ message: [UInt8]) -> [UInt8] {
    let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
    func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    var m = message
    m.append(0x80)
    while m.count % 64 != 56 { m.append(0) }
    let bitLength = UInt64(message.count) * 8
    for shift in stride(from: 56, through: 0, by: -8) { m.append(UInt8((bitLength >> UInt64(shift)) & 0xFF)) }
    for blockStart in stride(from: 0, to: m.count, by: 64) {
        var w = [UInt32](repeating: 0, count: 64)
        for t in 0..<16 {
            let i = blockStart + 4 * t
            w[t] = UInt32(m[i]) << 24 | UInt32(m[i + 1]) << 16 | UInt32(m[i + 2]) << 8 | UInt32(m[i + 3])
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        for t in 0..<64 {
            let t1 = hh &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ v }
    }
    return h.flatMap { v in [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }
}

/// SHA-256 of `pattern(n)` for n = 0...200, computed once with Python's hashlib.
private let patternDigests: [String] = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",  // 0
    "9d1e0e2d9459d06523ad13e28a4093c2316baafe7aec5b25f30eba2e113599c4",  // 1
    "ac4150fe5c10c52db000a2b5c8ec38a06b5f3066bb861429caeea8dd0192a1d9",  // 2
    "13c425a746ac9e72be4760dd13b156260d7ad6ea6b8750fbf1c7b0d5a484b852",  // 3
    "3ca50c11609595b64693be32e58b46eb35c81dbce77fef6162e9b675e54c7619",  // 4
    "0b2efc8144bb0d825a1d8afae908d957ee1cb1a9a933c55a1e121a3d33c33ac8",  // 5
    "39ecf6ce33e1f50d1fed7ba6dc6fdb074ab1e0362518cb884a668459e853bbde",  // 6
    "c203a078ad61ea701fe3b59157795377099530c374bca00d8515198b64e75dff",  // 7
    "f0c621cb705bcc7b4c6b940d4aee13a481804f6ff20640635a33a7dc613f8111",  // 8
    "79a76fd09c79f36b98e6a5bbdeaca16fc3e4bc30ec97f0e254ebcf2d6b43e608",  // 9
    "1002067c2aef25d721adcae816fb4dfbee35a1c8e2b3d58485768043b05f607e",  // 10
    "0dd62723313df275f7d3a75b2c29a337b2a228849655a3d11a9c11b7eac5093d",  // 11
    "b205fd162e35451b04ec36fc6ad50aa5b4258b403ec682e41babdce4dfeb8ac5",  // 12
    "3a02d64cb49edd3fdd7f818aeef876fdd27c6115dbfdc9e2c30ad7e51ce22e91",  // 13
    "aaed70181b3faf635d14071008c72df466324ad4d8e8bf3b9561d6a59a969f5e",  // 14
    "600ed79067c29f6f48f0a03caa1fa17e87ea1352eccde9fca176726309fdf7f4",  // 15
    "146ac8379a8534d8f72f6de1930064d16a8888a32debef7af1e60b6cec7445e5",  // 16
    "43290b059591675ccfe48cd58da87c2cad1f804a87497495d20f80a64c4c64c1",  // 17
    "be9be0c453529d8a66500b2ab567b7120071ccf4cfb74e1842ed9e2bf3e7d408",  // 18
    "0f59e19ee1de57b8bccea273ad06476e555e8ba236b96a51d84cc08b4d87da8b",  // 19
    "598f4b4e8e6019c1199c708d469d28a573ec20b3fbc0a11d1e7ea5a3643f1ade",  // 20
    "6d45186099f92a3ec92b14471ed9d105e4a7838608456d09c64a5d6924e8ade0",  // 21
    "4266adcbfcb854273bbaf46e88c8c9065c46fb7f1d84641df0f957568d697dbf",  // 22
    "dd7d69d22a5c59a6d4f99b15441ddfee7e6b5e33c7364e03afa9c7cad2354369",  // 23
    "46f81b951aa387e44bd1002f57145bdc43059dc3b2604e1a6426c1331b6abedc",  // 24
    "90f1a047117589328f3cddeef79105c9bc8ad916d8dcc79d0e141a351b5c0057",  // 25
    "2da2d45e5cc3ebc0653a6492b7a93ef1e4f83e15ce09d6ba8ad84b21c2fad2bd",  // 26
    "0156457793f31610c334da66a74f595053d06f168bc60f7963031958a6801a92",  // 27
    "dfd1417b3965b85509b614358fa88b716a28e612f51b2c7f32938336c3965bcc",  // 28
    "c24c93232af4fb8736eae62d05105861bec050b60f34c445321b2e57d24e50b2",  // 29
    "6be4a111dfac6a1123663c5aa2261e744e9534b29a837714c829d9a3905372c9",  // 30
    "cd9c6c8f8548f89115115fd227b8c0a4661c952f087f3e95089da013116b1e14",  // 31
    "fc5bf607f35346d6ad8e2c25fceb5428494d2b793907c0739eaefc54e8ebe65f",  // 32
    "11d87750f72619bd13f4e57fa102cfcc0526b5148ab36b463c283922889fac74",  // 33
    "f4c36ea0339b244422d135eef6230f2d43271a75b377fb51f18ae1c07f3d0fbe",  // 34
    "61882aa0c76dd3eafd50078138efcca1709e31a545fc6664a7b8a1f71475d716",  // 35
    "0e95900a4657a20ec8d0c66b7e568ebee5902d777ca149a7daafc8bc5a96fb1d",  // 36
    "f08bccc05babf99afc0e0a37813d5aa65c61c01172941a518a1e05c80d1ee71b",  // 37
    "0bbbf8e50ae522b9281d6cc0710c85b59e36d1c28a78c04cb8ee2b4ce00e5e48",  // 38
    "1ce7adeabbd996f38c6d987df30c7dbdff0ad0783b5483efa6db870b33e255a2",  // 39
    "819c302fbe284711c45d5b218338fc81f502fdcec45718d2988acedd2c44c23f",  // 40
    "fd1fbada85d2cfae90872e959878171440aa395ff38b7232467999fdee93a925",  // 41
    "28f16b356c9cf172bf372d0cbba92a4fc65caca4225e13818fb453f704132467",  // 42
    "edb550afcb6ce47a5df15c9202f5f3ec65f51dd987bf811d6f915366a61c3d38",  // 43
    "5c8e4acd29a4951b0bb1b4aaefac9c60ee9cdcd0e41795930b479637fd100457",  // 44
    "5ee6e0d05803f7f8098473a59e0c4c084e37f1e8843bedc25770225c3c3be9c1",  // 45
    "9a0a5bf1739bfd0e0cc362b81d18290c65927c738d104eaa1ab3f0015d5c0e69",  // 46
    "d5fb2f3358c58601c7c3fb99b6e0625ec5e29bb55708f332caaf8e1b8c3737fa",  // 47
    "675db67ca17310e6a80ec3264805d3eef0c27fb743f94a76ed7efe6f2389f907",  // 48
    "fb576170a45b3ec6382295ead5172d9a01e24b9a5f9cbcc894770789d43479db",  // 49
    "8d899c682869e65130c2f54ce224f0c44e178f86a0403c6608e56267978e4105",  // 50
    "5fb96ea50f1b2ec360c220e611da8e9f2b0ce89363f2dab76926f611a6dee424",  // 51
    "d1f2555416807d1982d5e9019a7cf36500458766fc884e4f0bee354ec8f9964d",  // 52
    "5d509db8a16a3e5926a6b72e4e209bd8c683a4f8bf2bd5e52e9657c1670ec594",  // 53
    "ead0b3129ab6f26d563295cff3afdfc62d1e092fdca3d79615abd20e32fed26e",  // 54
    "78c4002cf7ef824100700cd341588858504ecd8b3ed8771443388b18f9bd9c69",  // 55
    "2a491e4cad454348d0e1912c22ab0c9752a637a3a657d4d5bfb4f0a499550851",  // 56
    "b1228d77355417ec60d083aafbe225729b92e40254cf0ca18a84ac5879315249",  // 57
    "c18e58c5762d98e1f24dee3c647be2c97d000265ad6f01401b3880c9ca7679d4",  // 58
    "1e5b8de1d14e080653733575e110404ced402832015ad432be3a5026ce038997",  // 59
    "8c3de767644374cbb8a23692b295897df13058320ab69d9ba87de1ac41858a7e",  // 60
    "62487a86a244c7f3094ac0cd7ac0348fc1618cbc51667b7cefea734f5b054804",  // 61
    "2bfa3be399f4efed013eba6a45274339ffd3ea57788a17f01245987283dad39c",  // 62
    "c89578cf60c3fd36a1465d71bda940fbcaa00f2e9c675111ae024fc139650599",  // 63
    "a1f791610c45478c68f9af00ba622bbc2a23e72fa130ba702ca4aed3c037191b",  // 64
    "bce7fa47988c0e039ae0a6d827d4e5bca20b9cae32a1442cdaab563c0105d5cf",  // 65
    "50d65f3188c70d8c94589654a4a1b098d1f900e89111a8f9571e25b2357086ce",  // 66
    "2c6ca71f423dfd4a60f6641a1182aae6dbae98d063bf7f3c8d68ca8ec04d6f22",  // 67
    "f132001c899c258214adfbbec8f0933a7dbd62b7adb63d04cfe4b5ba489d41a3",  // 68
    "19c204afdf52e6b6c6b1d6c12007f6afd15f2f5e563d0a22e087d7ff092a9d09",  // 69
    "66e0cbfa5bedc3d063f19b17b0df392e36ea29e4bd5e2c17a26001cafda9862f",  // 70
    "8acb747987a0d5956230a4e8124052210d21062c6eab9fff5dc31f8800eafa0b",  // 71
    "c9a55b529c973954f909b36cdba78e36ea15fe857a40796171d3b1f67678bf17",  // 72
    "88bf0220a1b865e84dd4122e1f3bf0acbd90ec8bcc3596722127fbde7c7598bc",  // 73
    "15d45a42f8f95c4bae82f6e31b5574d25a37949326836c2813fd306a9da8b143",  // 74
    "c56fa7645c16907595a8b672086e5aba42ea5dd906c14e52fc3874c6f230fb18",  // 75
    "a5dc7b4920a1ab119a3888b8418b2305f1051866c227fb440e7ece37ecb31faf",  // 76
    "d330c1c2848734e4060e329fb2fee3ca19f7ca990bea2f67c2014b62700b17f3",  // 77
    "23ea6e4618badcc43b8f6d67e26efce443b76b945830e93474d653b65866cfc4",  // 78
    "d8339363e56d9ad24c1f7ff3026548f71f8f22d163a5ccdd61ccea447c355431",  // 79
    "6e3c493f113adb36830af87ac7a520dc5de008ceac8eee5f2b4e4f9c4eb199e3",  // 80
    "0d61452b6546a6d7d42d1b06a68af2a8e9b8863c8154f29f989e367a8cc6f375",  // 81
    "ebd03c2719d35643e140671c45f6350aef162f458e38bd717013b56a25509a6b",  // 82
    "2b5a6c5b5e5e4acbdc6748772df1e06a1fba4ef745ccdb0ce978aa70af0b7015",  // 83
    "28e7f0b16cce884f0722a5c2bca7c13e043d2ecfac4b6f3f184ca1c458394ea4",  // 84
    "eb9be3040386bf7e950664e21e8b61984969034d19041c13047c42bed902aba8",  // 85
    "bda57183abc7a3934229f57fa3584e4ddf5dcf29b37cb371b030a4f6b1c5d9d8",  // 86
    "48b2c179c108c059d9a55442246d64c84eff970e511d077a305cce999dca50ff",  // 87
    "4f472d5fe629679faf7b1cd1277bd1210b60baeef3b54fed5421f8a36492d3b7",  // 88
    "4dfead42543b2caf54198387ad465d981dd35c87aee5419d18beb56ccaeb02f8",  // 89
    "a2b27f374454ad352254d0e9842be822d44073cf8135b7ba5165dfec707a752e",  // 90
    "87e8042848175602158502936d8f6e78b8808c5a70c28a81c94c14da98883dc3",  // 91
    "3845f90b1b6d161f5285491af5785602bb47a178bb550a9321ce62a767929500",  // 92
    "f2965dcfe75902335c36a37277415dfe08f995fd57e0da93a6c0ab9771534797",  // 93
    "d3e1ee5a8de3673994ddb3cf334885ed51bb1fdd6be863b45f872303d3974b7f",  // 94
    "512e628931391efec9265428db1d64edcdd102479c83712541d35f69ba028d4e",  // 95
    "986165da35d6f60467f5c5c7d1107e699c356a090d81c9898a88dde4d4f9987a",  // 96
    "adc3afa5b70dba70e2fbf09df9881308eceb6ec45e5cc7fb8c25c130ea44665e",  // 97
    "b6208ec6c1f662a701032b0c7881b5001ddadbb63cfc637d6137f68b4ca17aa7",  // 98
    "d14bffad42a8fb544094f1c3ddb63259346dd66707f48e8d167d6f6d42af1269",  // 99
    "c6900cac51cb77b403de01731c8819e0ae1fa16611d36446c5a238cd237656d6",  // 100
    "2eaf704381c77c5b790fb97cb045ad20a6fb7913a228adea14518e0fb3fc2886",  // 101
    "82ff67016de3e4c8a2324d803d4d85ef5e08ba11aef9caf2bf5825350c775538",  // 102
    "9c399a5cd9dbfd7af549013d8c7ca360d086d70c6c1c437ea491e9a0b0f10b6d",  // 103
    "4c9bb2c812ab87a2c218196e489263863de8162b009a3fa36a796d950f096a84",  // 104
    "255521651e9e408ff75f90716af0a88aea07bb9c10a61e1876cfbbaf1434802e",  // 105
    "5746bca4f8865eaa8b6de36563ac5ead0b2fb4e6e0bf152400585813e1a2d5e8",  // 106
    "f67d7b76068b6b05aed66eb4b47cce2247f382c105896098216bb8f4097c026f",  // 107
    "aebeb3c38ca4192002c76e7050f5656196a87042fcdae32377f51180991c41cf",  // 108
    "559d043e15f2e2543140cc928693549081d359dd6d860ca3001c3bfdf1876afa",  // 109
    "976881a33efab4023595d8d8076f7f86afba39e261c4ce7d32b11914bf10334c",  // 110
    "990e39ea048d35185c366eab8d919b595d9b8e025d98e52694fc03a39e054cfa",  // 111
    "e2ebc40d91dec758f53f6207cd296936443825b873d3fcd69ccc65e347eee24c",  // 112
    "6f6a45ee86e4a71c1dbd8f19f342242622c8fb5db61580e51a63f194a3b3b68d",  // 113
    "0ff1f0869ebfc90d07f6984b50fc92e1db4324983ed034f1e9fd4a5051f6afdb",  // 114
    "a9f4b062dbfa41af6105b571d6c32522ccba80aead0f4fc4a816b6627e3c73a5",  // 115
    "1b12fa9d113b870d3813e4b59ac4b86b8249be4267d127dc8592f2b97cdf0434",  // 116
    "a50b63686fe0f74bb797d0774e9e90c066d8cf5d5904debe14b1c57eed617753",  // 117
    "74355c5401532bde3083a609501d588b7871e740f128fb0f5cbdc4e041e355d4",  // 118
    "bb824ae6d78043ba841159ebdf55f95c3781ca44abf4cf6d03068ae0e1abd6ad",  // 119
    "decbf1ba59110bf61cc1ebd7f609a6b16e90336ad15b7ca4fc4617009e911a4c",  // 120
    "d42475248c05df6bcc1d763f926098c9551471e72df8e5e877234f3387bef45f",  // 121
    "33a3414fa63e75423669834a135eb22ba5edc61b29b6e7abbacf5c33585d905f",  // 122
    "bf703dfd7c2bb851ca62758cbca49600bb39bf70f70fedeef83459ec4404d115",  // 123
    "c0c50ef890bd568ea2487cf7befb17a8dd52ec2e508f13ca5c576df3f3801827",  // 124
    "3c81cc9834fbc90bb50c2507907214aa5de1e95bb974fbeb84ce9afffdf19505",  // 125
    "2ed414d369285be1451ec6e0126572f3d4ef0ed42cf44f1fec5a872c8c7db8af",  // 126
    "86486eba1af4e3c11b4e01f0c2e17783a78d85767e80612683ad2ccae268248d",  // 127
    "f7c2c2b06bb59ebbf189e5b8187fbd446ede9d70adb7f020dc1e35a42947028c",  // 128
    "61f9467207e56bae6e391c29a6a6bc22d217c3f50212e2a9aaea41cc03b6b7b9",  // 129
    "9ff76da9a028332060fde19a61f1f4cf4f8e062c1829eba06878364b5c0044ba",  // 130
    "7ddaf804aa2ddbf0baa975f7c53420a2fdb611ad128c8e98a52fd454a2c0148a",  // 131
    "9544a0931b1218f4c4e4b8e9274c5b0a6ba0d3d7484e6e0119791e243da99b59",  // 132
    "3e2cfbc21e40531496481b2584c1f2bbba74f647a3d96cb75bc892e223ddd70a",  // 133
    "81aa87d6910f66dde58ae1eb8a82500d9d491b5ca3845f65f0e967e849f6eb47",  // 134
    "58faa6a3462bc3507091d89143b8ea3e0e8f87597a597c02083d40d146a8884a",  // 135
    "ed55349ad792140d646d5997e96a76d7811e40c62beeffc4b4d398bf0df6f058",  // 136
    "21f31221e58dab0b9e1ee16ad17d518faf4d39c039d99e5fac6ce76f048e9905",  // 137
    "22f85e44c8f0b4f67e031237499bc8a29784766aac6ff26d57fc5fbd6a92f7d0",  // 138
    "7ce980f05719ea223e1e1a1f12dea6c1163701a773ccd4eb4b69477e92ba36f9",  // 139
    "01eded51d62435b00613b18796fc570beb2a605e3d6e80fd5dea76b1ad56d06f",  // 140
    "0633d0bd30e36dda95dfecc5520c5e4f0cebde988c8d6682aec49a50cd85e94b",  // 141
    "8f6578878ecefb3e0281acc07a5f503b3725a87bd21c56dfc995d23c8aa74a88",  // 142
    "f44a18ab7a3bb06c876cd62eb58c6b3e4c3dcfef3dd29b1ff218e72dec2ba0dc",  // 143
    "b436e2706032d5c1157849cd60d223bcb7a5c1b5b09564b1284282fa8e1ed8fa",  // 144
    "2f69c53d4fe79fd1e1c8f6b0d05e861e50824e0ad92a3bf5e8ca9e76b3d0d6e1",  // 145
    "533dfd1cff3161861888f2166ad9f52fe9f4e6e912bf1a21ca04f7d107c5f9c4",  // 146
    "9ae2de2bea1eabeea6cc28c744fc36e1390c87b3b095d4d0fafe6173293992ff",  // 147
    "b53df5f92f4391839e36dd6b035df714db452966a8123df2405e2825ea73e414",  // 148
    "eda64518c0010e31e4312a047165f9eede1c949607e4297cd0a0abe4e70a6c50",  // 149
    "8b707ac1472866f615e2e1ec6432b271a100c8f5b805fe055634256a87b003db",  // 150
    "b16326b727fbb6c5b349cc9c30b52e5d20b2670fc4fec0c239fed63799e748ea",  // 151
    "000ff2cb9ecb825cf88c5c57b05b896b174cde1d5935b76a53b32539493b39d3",  // 152
    "6286d34ab2a3b6cd15224afe74ed8caac733c6ece7d9fba2d9c263f0947672ad",  // 153
    "c71f642c7a403e7d1fb00f89b3bf2b3cb07ff9051f63ed27741d15a1ccee83f6",  // 154
    "aadd6c06f256365bb2b7b04aa9ba518c998d5492b8ca53fb62460782ff5241e6",  // 155
    "b2efa0046bff555ec963e44eb73304eebe0832ff2e347c0a73a9524570ef47d4",  // 156
    "03819fd920996e28864f35cc8677b488bc747eaac24fc5cb01a5936152aec8d1",  // 157
    "8f15627fb7bcc308e899915d8cc10cc218833328c83d3f353dce8e99a09977b7",  // 158
    "9039cde639cc0872a61d56fb6dfd8df6e53f4fc6b529123c8546df3913ccbc55",  // 159
    "ffaa84ee46a5ea2c32475632b0e6a1055ab5f3b1729b31c35dbcf2f778c7a1e9",  // 160
    "9cc7ec1caab570b36e5cb287bec1424bcd87d94194c772c4ac3a4fb57ddb9101",  // 161
    "71597e4c2221ba5009eb4ba450b076470231df16959ba0bdc5d96975d2812479",  // 162
    "b4c570238f7ad1b29ceebf67f700738441d814a8353ad881c27ecc0a53571001",  // 163
    "38187560e3f6c72ead4cbfd709cb09be87fd1b5a5f46c0e34b79c76bd5a8bf2b",  // 164
    "a4d3899109f2f1a13c4cedc04212772a868a6c0cf0737fdd76efd4422a7b0b46",  // 165
    "351a5eb1642747b3e47abcd16892a4bc3490f19edab7619fdfe918848c2219b7",  // 166
    "2664157a49893372905ad76dcc142d9a8ef48c9348a4d8c576295628deb482fa",  // 167
    "c6af3c504211bf0516208f0db61fe4e568fa689fcefd95f7617034c21b4cf8d5",  // 168
    "1894dd593ca5645cab387457ec5fe3c46e7ec9d94b84257aa4499044e4712f27",  // 169
    "7b17757690b14d6fe72d1e309d936b85f23777e9a28b9aadef621dc28493681c",  // 170
    "ad8f1fa71fe1c8f6f6ab4850e327e017853f597f4b965b6108964adaf44cfc82",  // 171
    "6582427ac6178b3c65e456abf8c33f9e5d7313538fc62ad70af5f00fd6693cd9",  // 172
    "ae2d8e3dfdedf938182ef99a5d75f5e5b98f4b1ea4432decb45d192f67c47c0e",  // 173
    "5ce94f8230bb0e92c70953bb1f528fc4551836caf3ed20fc809052ba77f73e47",  // 174
    "9b0747f542c3348731ad820842ac12d9387285a63895e9775481b09eb6e7da15",  // 175
    "3945231155badb3e73f7f1cf3e9531585dd014f9ea27380da4de9953e883d735",  // 176
    "7440fd6604c804df4bb4e68919045df2bfeafb008869774374e52361fdfbeb2d",  // 177
    "0edbbd149309ae5064a67d10102d58d3ab69ee559c29fbb30c0f1c8be49be5f8",  // 178
    "400b87419ca3206b29e38d1c5083db4e37a74e9e8c708509ad136707e7b954f2",  // 179
    "71ed7dbf4fed7de62dceabcc8d932493a9ba0686a52ce8264b18c15fc9e8ab24",  // 180
    "0d644874702a27f97773f530f4082efeeb6c15054e33541b78c7f31ebce73adf",  // 181
    "6fbd8118f87f3893066c184eb1b7dc185e63bd5a5ecfa79c43fa23e85dbdbdb8",  // 182
    "95bb5b10ea68869aec63adc909706b37bced0c211b1d9d4b08a4da9a33fb5213",  // 183
    "1d15f7aaff7d2317056a32279eec53eaf080606ecd8206b323e8dbfde9670703",  // 184
    "7f5576d67ca90c5bcc21d79aee690c5085ef9423b980f2daf903fb93a51d55ae",  // 185
    "1f45175600e2bb55585f5b8f6e9ddd23fc74f35aaa17ac21b208a358f558cb2e",  // 186
    "09e6cf26e55097bb19a8980bb9523ec20e92a7d08ba8c54821c35f9b8bbefcee",  // 187
    "8b98ae1bd8182b13a0e134a59a83a4dc757bc7e75cc09004c022c2b1fdefb8f3",  // 188
    "a0c3217464d61e19d53e8f5c7a6f94eec7628faa033b5e5ecfb5e982252d4a2c",  // 189
    "7191e3b38b7a275666eaed37e9bb9444a39baedef10908a816f8069098ff3519",  // 190
    "b1182b448c08c2cdbd05cc6abd286310273686da6863d87f1216b0884448ed4d",  // 191
    "0dbf790f008a11d6d7a98b4c9a993233f36280c2aa62f27aea2d68e254178f1e",  // 192
    "3c121c9ce8b859c65e631bef7d61d377189b0cb357d6d30c3f8bc8252d792fbe",  // 193
    "865d2b2902efc5bd7a60ca10886ca1feb1389e3decf09486081fddb36396c26b",  // 194
    "eca885e91e4d32089ef4c7c295852517091c19ba13c2538ee6187ba247aeaaf3",  // 195
    "d66050fb75c9524ade12521062c4fc49275b5f39a40c44d702fc65f9e624bf8e",  // 196
    "ee1e06309bb4baef55aa4718c897d33753c946ad6f8fdc77dbe7629025b79e00",  // 197
    "2f8cd347b0c43996db8059e51f95a95b0ea8fc44e5b1a337acbdfed41f7fea64",  // 198
    "89c29270bcae60eda79380689373e9e96fbb9e1771c430157d5a7864f67584fa",  // 199
    "d034e2103cbb6828184bd4e58fa80e4bf640e4c52a27ea6aacaa015fbe28620d",  // 200
]

// MARK: - SHA256

@Suite struct SHA256Tests {
    @Test func fipsEmpty() {
        #expect(SHA256.hash("").hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hash([UInt8]()).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256().finalize().hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func fipsABC() {
        #expect(SHA256.hash("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func fips448Bit() {
        let m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(m.utf8.count == 56)
        #expect(SHA256.hash(m).hex == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func fips896Bit() {
        let m = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(m.utf8.count == 112)
        #expect(SHA256.hash(m).hex == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func fipsMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let million = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hash(million).hex == expected)
        // The same, fed in uneven chunks.
        var h = SHA256()
        let chunk = [UInt8](repeating: 0x61, count: 997)
        var fed = 0
        while fed + chunk.count <= 1_000_000 {
            h.update(chunk)
            fed += chunk.count
        }
        h.update([UInt8](repeating: 0x61, count: 1_000_000 - fed))
        #expect(h.finalize().hex == expected)
    }

    @Test func patternLengths0To200MatchHashlib() {
        #expect(patternDigests.count == 201)
        let all = pattern(200)
        for n in 0...200 {
            let prefix = Array(all[..<n])
            #expect(SHA256.hash(prefix).hex == patternDigests[n], "length \(n)")
            #expect(referenceSHA256(prefix) == SHA256.hash(prefix).bytes, "reference, length \(n)")
        }
    }

    @Test func longerLengthsMatchReference() {
        let all = (0..<1100).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 5) }
        for n in stride(from: 201, through: 1100, by: 7) {
            let prefix = Array(all[..<n])
            #expect(SHA256.hash(prefix).bytes == referenceSHA256(prefix), "length \(n)")
        }
    }

    @Test func oneMebibyteMatchesHashlib() {
        let big = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
        #expect(SHA256.hash(big).hex == "f5600770a8695a85fc7bb6d18a40a5b80a2b8a39c86f346a1b58f8ccc1e8fde6")
    }

    @Test(arguments: [0, 1, 3, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 200])
    func everySplitEqualsOneShot(length: Int) {
        let message = pattern(length)
        let expected = SHA256.hash(message)
        #expect(expected.hex == patternDigests[length])
        for split in 0...length {
            #expect(splitHash(message, at: split) == expected, "length \(length), split \(split)")
        }
    }

    @Test func byteAtATimeAndThreeWaySplits() {
        let message = pattern(150)
        let expected = SHA256.hash(message)
        var h = SHA256()
        for byte in message { h.update([byte]) }
        #expect(h.finalize() == expected)
        for i in stride(from: 0, through: 150, by: 5) {
            for j in stride(from: i, through: 150, by: 3) {
                var h3 = SHA256()
                h3.update(Array(message[..<i]))
                h3.update(Array(message[i..<j]))
                h3.update(Array(message[j...]))
                #expect(h3.finalize() == expected, "splits \(i), \(j)")
            }
        }
    }

    @Test func emptyUpdatesAreNoOps() {
        var h = SHA256()
        h.update([UInt8]())
        h.update("")
        h.update(UnsafeRawBufferPointer(start: nil, count: 0))
        h.update("abc")
        h.update([UInt8]())
        #expect(h.finalize() == SHA256.hash("abc"))
    }

    @Test func finalizeDoesNotConsumeTheHasher() {
        var h = SHA256()
        h.update("ab")
        let partial = h.finalize()
        #expect(partial == SHA256.hash("ab"))
        #expect(h.finalize() == partial)
        h.update("c")
        #expect(h.finalize() == SHA256.hash("abc"))
    }

    @Test func stringsHashTheirUTF8() {
        let s = "héllo, wörld ✓ 🎉"
        #expect(SHA256.hash(s).hex == "6c0bf873226ed980a17753d6919c054d9c3243e0d8f92fccf2e8b44acd6ae499")
        #expect(SHA256.hash(s) == SHA256.hash(utf8(s)))
        var h = SHA256()
        h.update("héllo, ")
        h.update(utf8("wörld"))
        h.update(" ✓ 🎉")
        #expect(h.finalize() == SHA256.hash(s))
        // A substring-derived string (possibly not sharing the original's storage).
        let tail = String(s.dropFirst(7))
        #expect(SHA256.hash(tail) == SHA256.hash(utf8(tail)))
    }

    @Test func updateWithDigestFeedsItsRawBytes() {
        let d = SHA256.hash("abc")
        var a = SHA256()
        a.update("prefix")
        a.update(d)
        var b = SHA256()
        b.update("prefix")
        b.update(d.bytes)
        #expect(a.finalize() == b.finalize())
        var c = SHA256()
        c.update(d)
        #expect(c.finalize() == SHA256.hash(d.bytes))
    }

    @Test func rawPointerHashEqualsArrayHash() {
        let message = pattern(177)
        let viaPointer = message.withUnsafeBytes { SHA256.hash($0) }
        #expect(viaPointer == SHA256.hash(message))
        // Unaligned start.
        let shifted = [0] + message
        let unaligned = shifted.withUnsafeBytes { SHA256.hash(UnsafeRawBufferPointer(rebasing: $0[1...])) }
        #expect(unaligned == SHA256.hash(message))
    }
}

// MARK: - Digest

extension SHA256Tests {
    /// Nested so that `swift test --filter SHA256Tests` runs these too.
    @Suite struct DigestTests {
        static let abcHex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

        @Test func zero() {
            #expect(Digest.zero.hex == String(repeating: "0", count: 64))
            #expect(Digest.zero.bytes == [UInt8](repeating: 0, count: 32))
            #expect(Digest(hex: String(repeating: "0", count: 64)) == Digest.zero)
        }

        @Test func hexRoundTrip() {
            for n in 0...200 {
                let d = SHA256.hash(pattern(n))
                #expect(d.hex.utf8.count == 64)
                #expect(Digest(hex: d.hex) == d)
                #expect(d.description == d.hex)
                #expect("\(d)" == d.hex)
            }
            let d = Digest(hex: Self.abcHex)
            #expect(d == SHA256.hash("abc"))
            #expect(d?.hex == Self.abcHex)
            let allNibbles = "0123456789abcdef" + "fedcba9876543210" + "00112233445566778899aabbccddeeff"
            #expect(Digest(hex: allNibbles)?.hex == allNibbles)
            #expect(Digest(hex: String(repeating: "f", count: 64))?.bytes == [UInt8](repeating: 0xFF, count: 32))
        }

        @Test func bytesAreInOrder() {
            let hex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
            let d = Digest(hex: hex)
            #expect(d?.bytes == Array(0..<32))
            #expect(d?.withUnsafeBytes { Array($0) } == Array(0..<32))
            #expect(d.flatMap { x in x.bytes.withUnsafeBytes { Digest(rawBytes: $0) } } == d)
            #expect([UInt8](repeating: 1, count: 31).withUnsafeBytes { Digest(rawBytes: $0) } == nil)
            #expect(SHA256.hash("abc").bytes == referenceSHA256(utf8("abc")))
        }

        @Test func substringInput() {
            let padded = "xx" + Self.abcHex + "yy"
            let inner = padded.dropFirst(2).dropLast(2)
            #expect(Digest(hex: inner) == SHA256.hash("abc"))
            #expect(Digest(hex: padded.dropFirst(2)) == nil)
        }

        @Test func rejectsWrongLengths() {
            #expect(Digest(hex: "") == nil)
            #expect(Digest(hex: String(Self.abcHex.dropLast())) == nil)  // 63
            #expect(Digest(hex: Self.abcHex + "0") == nil)  // 65
            #expect(Digest(hex: Self.abcHex + Self.abcHex) == nil)
            utf8(String(Self.abcHex.dropLast())).withUnsafeBytes { #expect(Digest(hexBytes: $0) == nil) }
            utf8(Self.abcHex + "0").withUnsafeBytes { #expect(Digest(hexBytes: $0) == nil) }
            #expect(Digest(hexBytes: UnsafeRawBufferPointer(start: nil, count: 0)) == nil)
        }

        @Test func rejectsUppercaseAndNonHex() {
            #expect(Digest(hex: Self.abcHex.uppercased()) == nil)
            #expect(Digest(hex: "B" + Self.abcHex.dropFirst()) == nil)
            #expect(Digest(hex: "g" + Self.abcHex.dropFirst()) == nil)
            #expect(Digest(hex: Self.abcHex.dropLast() + " ") == nil)
            #expect(Digest(hex: String(repeating: "x", count: 64)) == nil)
            // 64 bytes of UTF-8 that include a non-ASCII character.
            #expect(Digest(hex: "é" + Self.abcHex.dropFirst(2)) == nil)
        }

        /// Every byte value at several positions: accepted exactly for 0-9 and a-f, with the right value.
        @Test func everyByteValueAtSeveralPositions() {
            let base = utf8(String(repeating: "0", count: 64))
            let hexDigits = utf8("0123456789abcdef")
            for position in [0, 1, 7, 8, 15, 16, 31, 32, 47, 48, 62, 63] {
                for value in 0...255 {
                    var text = base
                    text[position] = UInt8(value)
                    let parsed = text.withUnsafeBytes { Digest(hexBytes: $0) }
                    if let nibble = hexDigits.firstIndex(of: UInt8(value)) {
                        var expected = [UInt8](repeating: 0, count: 32)
                        expected[position / 2] = UInt8(position % 2 == 0 ? nibble << 4 : nibble)
                        #expect(parsed?.bytes == expected, "position \(position), byte \(value)")
                    } else {
                        #expect(parsed == nil, "position \(position), byte \(value)")
                    }
                }
            }
        }

        @Test func matchesHex() {
            let d = SHA256.hash("abc")
            utf8(Self.abcHex).withUnsafeBytes { #expect(d.matchesHex($0)) }
            utf8(Self.abcHex.uppercased()).withUnsafeBytes { #expect(!d.matchesHex($0)) }
            utf8(String(Self.abcHex.dropLast()) + "e").withUnsafeBytes { #expect(!d.matchesHex($0)) }
            utf8("c" + Self.abcHex.dropFirst()).withUnsafeBytes { #expect(!d.matchesHex($0)) }
            utf8(String(Self.abcHex.dropLast())).withUnsafeBytes { #expect(!d.matchesHex($0)) }
            utf8(Self.abcHex + "0").withUnsafeBytes { #expect(!d.matchesHex($0)) }
            utf8(String(repeating: "0", count: 64)).withUnsafeBytes {
                #expect(Digest.zero.matchesHex($0))
                #expect(!d.matchesHex($0))
            }
        }

        @Test func writeAndAppendHex() {
            let d = SHA256.hash("abc")
            var buffer = [UInt8](repeating: 0xEE, count: 66)
            buffer.withUnsafeMutableBytes { raw in
                if let base = raw.baseAddress { d.writeHex(to: base + 1) }
            }
            #expect(buffer.first == 0xEE && buffer.last == 0xEE)
            #expect(Array(buffer[1...64]) == utf8(Self.abcHex))
            var line = utf8("{\"prev\":\"")
            d.appendHex(to: &line)
            line.append(UInt8(ascii: "\""))
            #expect(String(decoding: line, as: UTF8.self) == "{\"prev\":\"" + Self.abcHex + "\"")
        }

        @Test func hashableAndEquatable() {
            let a = SHA256.hash("a"), b = SHA256.hash("b")
            #expect(a != b)
            #expect(a == SHA256.hash("a"))
            let set: Set<Digest> = [a, b, SHA256.hash("a"), .zero]
            #expect(set.count == 3)
            // Digests that differ only in their last byte.
            let x = Digest(hex: String(repeating: "0", count: 63) + "1")
            #expect(x != nil && x != Digest.zero)
        }
    }
}
