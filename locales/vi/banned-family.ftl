# Kịch bản “banned-family”: sau nhiều tháng thỏa thuận trên tài khoản Upwork của người chơi,
# tài khoản bị cấm, và đối tác đòi giấy tờ của một người thân để lập tài khoản mới.
# Biến: $partner (tên một phụ nữ), $relative (sister, brother hoặc cousin), $months (một con số),
# $share và $bonus (đô la). Đối tác là phụ nữ, xưng “mình”, gọi người chơi là “bạn”; nhắn thân
# mật, thoải mái: câu ngắn, đôi khi viết thường, thỉnh thoảng có emoji. Upwork Trust & Safety
# nhắn một lần, trang trọng (“chúng tôi” – “bạn”); yêu cầu của họ (xác minh danh tính trong phần
# cài đặt tài khoản của chính bạn) là vô hại. Người thân thì ấm áp, xưng “em”.
# Tiếng Việt không có từ trung tính cho “sister/brother”: dùng em gái, em trai, em họ (người
# thân nhỏ tuổi hơn). Người chơi luôn xưng “mình”, để cách xưng hô không để lộ đáp án.
# Phần chuyện cũ của người chơi được kể không trách móc: nó trông như nhận thầu lại bình thường.

banned-family-title = Ngày tài khoản bị đình chỉ
banned-family-summary = Đã mấy tháng nay, một team khác nhận việc qua profile Upwork của bạn. Hôm nay tài khoản bị đình chỉ.
banned-family-cast-partner = { $partner }
banned-family-cast-support = Upwork Trust & Safety
banned-family-cast-relative = { $relative ->
    [sister] Em gái bạn
    [brother] Em trai bạn
   *[cousin] Em họ bạn
}

banned-family-before = { $months } tháng trước, { $partner } đề nghị hợp tác với bạn trên Upwork: team của chị ấy sẽ nhận việc qua profile của bạn, còn bạn được một phần năm thu nhập. Nghe như nhận thầu lại bình thường, và khoản tiền thêm cũng đỡ cho bạn nhiều. Bạn đã đồng ý.
banned-family-past-deal = Vậy là mình chốt nhé. Team mình làm việc trên profile của bạn, bạn nhận 20% vào ngày 1 hằng tháng.
banned-family-past-report = Báo cáo tháng: 4 hợp đồng đang chạy trên profile của bạn, khách nào cũng hài lòng. Phần của bạn đang được chuyển
banned-family-past-login = à mấy hôm nay bạn đừng tự đăng nhập Upwork nhé, người bên mình đang làm trên đó. Hai lần đăng nhập trông lạ lắm
banned-family-past-money = Ngân hàng của bạn: nhận chuyển khoản { MONEY($share) }, nội dung “tư vấn”.

banned-family-banned = Upwork: “Tài khoản của bạn đã bị đình chỉ vĩnh viễn do có hoạt động đáng ngờ.”
banned-family-appeal = Xin chào, đây là bộ phận Trust & Safety của Upwork. Tài khoản của bạn đã được sử dụng từ hai quốc gia cùng một lúc. Nếu bạn muốn chúng tôi xem xét lại việc đình chỉ, vui lòng xác nhận danh tính bằng tính năng xác minh giấy tờ trong phần cài đặt tài khoản.
banned-family-appeal-choice-verify = Cảm ơn. Mình sẽ bắt đầu xác minh giấy tờ trong phần cài đặt tài khoản ngay.
banned-family-appeal-choice-phishing = Vừa bị cấm đã đòi xác minh? Lừa đảo hay bắt đầu thế. Mình không xác nhận gì hết.
banned-family-appeal-choice-phishing-feedback = Cẩn thận là tốt, nhưng yêu cầu này đến ngay trong Upwork và dẫn vào phần cài đặt của chính bạn: bạn chứng minh mình là mình, trong quy trình riêng của nền tảng, và không gửi gì cho ai cả.
banned-family-appeal-choice-ignore = [Đóng tin nhắn và hỏi { $partner } trên Telegram xem nên làm gì trước]

banned-family-tg-hello = bạn thấy chưa?? Upwork khóa tài khoản của bạn rồi 😤
banned-family-tg-calm = Đừng lo, chuyện này xảy ra suốt, hệ thống của họ điên lắm. Không phải lỗi của bạn. Mình cứ tiếp tục, mình có kế hoạch rồi. Bạn vẫn tham gia chứ?
banned-family-ban-choice-next = Ừ… mình vẫn trông vào khoản tiền đó. Giờ kế hoạch là gì?
banned-family-ban-choice-support = Mình sẽ nói với hỗ trợ Upwork ai thật sự đã làm việc trên tài khoản của mình.
banned-family-ban-choice-support-feedback = Nói thật với nền tảng là phản xạ đúng. Ai muốn bạn im lặng là đang bảo vệ đường dây, chứ không phải bạn.
banned-family-ban-choice-carry-on = Mình chờ kết quả kháng nghị được không? Nếu họ gỡ cấm thì cứ làm tiếp như trước.
banned-family-ban-choice-carry-on-feedback = Tài khoản bị cấm vì người khác làm việc qua nó, còn kháng nghị thì đòi bạn chứng minh chính bạn là người dùng nó. “Làm tiếp như trước” nghĩa là lặp lại đúng điều đã khiến nó bị cấm.

banned-family-no-support = đừng mà, đừng nhắn hỗ trợ!! Đằng nào cũng bị cấm vĩnh viễn, rồi họ sẽ hỏi tiền ở đâu ra, lúc đó bạn mới gặp rắc rối. Cứ im lặng đi, tin mình
banned-family-secret-choice-quiet = Thôi được, mình để Upwork ra ngoài, mình không cần thêm rắc rối. Giờ sao đây?
banned-family-secret-choice-hacked = Mình cứ nói với hỗ trợ là bị hack. Vậy là cả hai đều không gặp rắc rối.
banned-family-secret-choice-hacked-feedback = Một câu chuyện bịa giúp che giấu đường dây và đặt tên bạn dưới một lời khai sai sự thật. Điều bảo vệ bạn là sự thật, nói sớm và bằng lời của chính bạn.
banned-family-secret-choice-report = [Chặn chị ấy, giữ lại đoạn chat và kể hết với hỗ trợ Upwork mọi chuyện đã xảy ra]
banned-family-carry-on-reply = kháng nghị chẳng ăn thua đâu, mấy vụ này họ không bao giờ gỡ. nhưng đừng lo, mình có kế hoạch hay hơn


banned-family-plan = Vậy nè: bạn có người nhà không? Ai đó chưa từng dùng Upwork ấy? Có lần bạn kể về { $relative ->
    [sister] em gái bạn
    [brother] em trai bạn
   *[cousin] đứa em họ của bạn
} mà.
banned-family-plan-bonus = Người đó mở tài khoản mới, bên mình làm y như trước. Người đó nhận 20% mỗi tháng, còn bạn được thưởng { MONEY($bonus) } vì đã giới thiệu.

banned-family-hurry = Team mình đang chạy 3 hợp đồng, khách đang chờ. Mình cần tài khoản mới muộn nhất là thứ Sáu
banned-family-hurry-easy = Vậy hôm nay bạn hỏi { $relative ->
    [sister] em gái
    [brother] em trai
   *[cousin] em họ
} nhé? Bạn biết cách làm rồi mà, giải thích 5 phút là xong
banned-family-blame = mà nói thật… vụ bị cấm cũng có phần lỗi của bạn. Bạn đăng nhập bằng điện thoại đúng lúc người bên mình đang làm, Upwork thấy hai quốc gia
banned-family-blame-fix = Nên giờ giúp bên mình sửa lại đi: hỏi { $relative ->
    [sister] em gái bạn
    [brother] em trai bạn
   *[cousin] em họ bạn
}. Vậy là công bằng, đúng không?

banned-family-recruit-choice-ask = Thôi được. { $relative ->
    [sister] Em gái mình cũng đang cần thêm tiền. Tối nay mình hỏi em ấy.
    [brother] Em trai mình cũng đang cần thêm tiền. Tối nay mình hỏi em ấy.
   *[cousin] Em họ mình cũng đang cần thêm tiền. Tối nay mình hỏi em ấy.
}
banned-family-recruit-choice-refuse = Không. Mình không kéo gia đình vào chuyện này, thưởng bao nhiêu cũng vậy.
banned-family-recruit-choice-let-decide = { $relative ->
    [sister] Mình sẽ kể hết cho em gái rồi để em ấy tự quyết.
    [brother] Mình sẽ kể hết cho em trai rồi để em ấy tự quyết.
   *[cousin] Mình sẽ kể hết cho em họ rồi để em ấy tự quyết.
}
banned-family-recruit-choice-let-decide-feedback = Kể hết mọi chuyện là thành thật, nhưng vẫn kéo thêm một người mới vào đường dây. Dù người đó quyết định thế nào, tài khoản cũng mang tên người thân của bạn, và lệnh cấm cùng những câu hỏi sẽ tìm đến họ.

banned-family-pressure = Thôi mà, chỉ là giúp một chút. Tháng nào người đó cũng có tiền không, chẳng ai bị thiệt.
banned-family-pressure-threat = và nghĩ mà xem: bạn cũng đã nhận tiền của bên mình suốt { $months } tháng 😉 sẽ tiếc lắm nếu có ai bắt đầu hỏi tiền đó từ đâu ra. Nên cứ hỏi người đó đi, OK?
banned-family-pressure-choice-give-in = [Hứa sẽ hỏi người nhà, để không ai bắt đầu hỏi về khoản tiền đó]
banned-family-pressure-choice-once = Được, mình sẽ hỏi, nhưng chỉ lần này thôi, rồi bạn để mình yên.
banned-family-pressure-choice-once-feedback = Lời đe dọa không dừng lại sau một lần giúp: thêm một danh tính nữa chỉ cho chị ấy thêm thứ để nắm thóp bạn. Chặn chị ấy và tự mình kể với nền tảng và công an mới làm lời đe dọa mất tác dụng.
banned-family-pressure-choice-report = [Chặn chị ấy, giữ lại đoạn chat và báo cáo lời đe dọa với Upwork và công an]
banned-family-pressure-choice-report-feedback = Lời đe dọa như vậy nhằm khiến bạn im lặng. Tự mình kể trước cho nền tảng và công an, bằng lời của chính bạn, bảo vệ bạn tốt hơn nhiều so với im lặng, và chị ấy không cần được báo trước.

banned-family-docs = Tuyệt!! Vậy bạn xin { $relative ->
    [sister] em gái
    [brother] em trai
   *[cousin] em họ
}: căn cước mặt trước và mặt sau, một tấm selfie cầm căn cước, và thông tin ngân hàng.
banned-family-relative-photos = { $relative ->
    [sister] Em gái bạn
    [brother] Em trai bạn
   *[cousin] Em họ bạn
} đã gửi cho bạn hai ảnh qua WhatsApp: ID_front.jpg, ID_back.jpg
banned-family-docs-secret = có là gửi mình ở đây luôn nhé. và tốt nhất đừng kể hết chuyện, cứ nói là xác minh cho một công việc online 😉
banned-family-docs-choice-forward = [Chuyển cả hai ảnh cho chị ấy và nói thông tin ngân hàng gửi sau]
banned-family-docs-choice-marked = [Viết “chỉ dùng cho Upwork” ngang qua cả hai ảnh rồi gửi cho chị ấy]
banned-family-docs-choice-marked-feedback = Một dòng chữ viết ngang ảnh không ngăn được ai dùng nó, và đường dây cần đúng những tấm ảnh này để mở tài khoản. Giấy tờ của người thân bạn không nên rời khỏi tay họ vì chuyện này.
banned-family-docs-choice-warn = [Để chị ấy chờ, nhắn cho { $relative ->
    [sister] em gái
    [brother] em trai
   *[cousin] em họ
} trên WhatsApp trước]

banned-family-rel-hello = ê! ảnh tới chưa? 😊 có cần thông tin ngân hàng của em luôn không? em gửi liền được nè
banned-family-warn-choice-together = Đừng gửi gì cả. Đây chính là trò đã làm tài khoản của mình bị cấm. Mình cùng đi báo cáo nhé.
banned-family-warn-choice-vague = Khoan, em cứ đợi đã. Chuyện hơi phức tạp, để lúc khác mình giải thích nhé?
banned-family-warn-choice-vague-feedback = Chặn mấy tấm ảnh lại là đúng, nhưng giữ kín lý do lại chính là điều chị ấy muốn. Người thân của bạn vẫn tin có việc làm, và tin nhắn tiếp theo về nó có thể đến thẳng chỗ họ: chỉ sự thật mới bảo vệ được họ.
banned-family-warn-choice-send = Ừ, gửi đi, chỉ để nhận tiền thôi. Phần còn lại cuối tuần mình giải thích.
banned-family-rel-together = Trời 😳 ok. cảm ơn đã nói thật với em, thật đó. ừ, mình cùng làm. em xóa ảnh liền đây
banned-family-rel-together-more = Em có nên báo cả ngân hàng không? Em chỉ gửi ảnh qua đây thôi, không gửi cho ai khác.
banned-family-reported-warned = Bạn đã nói thật với người tin tưởng bạn, và hai người cùng báo cáo sự việc. Các tấm ảnh chưa bao giờ rời khỏi điện thoại của bạn, và đường dây không có được danh tính tiếp theo.
banned-family-rel-wait = Ok, không sao, em đợi. xong xuôi thì báo em nha, có thêm tiền thì đỡ cho em lắm
banned-family-walked-away-unwarned = Mấy tấm ảnh không đi xa hơn, nhưng { $relative ->
    [sister] em gái bạn
    [brother] em trai bạn
   *[cousin] em họ bạn
} vẫn nghĩ có một công việc đang chờ, và tin nhắn tiếp theo về nó có thể đến thẳng chỗ em ấy. Hãy kể cho em ấy biết thật ra đó là gì, xóa mấy tấm ảnh và chặn { $partner }. Những tháng trên tài khoản của chính bạn vẫn là chuyện cần giải quyết: trang “Đã lỡ dính vào?” (nhấn I, hoặc gõ redflag involved) chỉ cách tự mình lên tiếng sớm.

banned-family-fine-identity-docs = Bước xác minh giấy tờ của Upwork, mở từ phần cài đặt tài khoản của chính bạn, để bạn chứng minh mình là mình, và không có gì được gửi cho ai cả. Yêu cầu về sau thì khác hẳn: một đối tác muốn ảnh giấy tờ của người thân bạn được gửi cho chị ấy qua chat.

banned-family-later = Hai tháng sau, { $relative ->
    [sister] em gái bạn gọi: một tài khoản Upwork đứng tên em ấy đã bị đình chỉ, và ngân hàng đang hỏi về những khoản chuyển tiền em ấy chưa từng làm.
    [brother] em trai bạn gọi: một tài khoản Upwork đứng tên em ấy đã bị đình chỉ, và ngân hàng đang hỏi về những khoản chuyển tiền em ấy chưa từng làm.
   *[cousin] em họ bạn gọi: một tài khoản Upwork đứng tên em ấy đã bị đình chỉ, và ngân hàng đang hỏi về những khoản chuyển tiền em ấy chưa từng làm.
}
banned-family-compromised = Đường dây đã có một danh tính mới, lần này từ chính gia đình bạn. Lệnh cấm của nền tảng là vĩnh viễn và đi theo con người, còn tiền đi qua tài khoản nào thì được truy về chủ tài khoản đó. Mọi chuyện vẫn có thể dừng lại, và lên tiếng sớm giúp ích cho cả hai người. Hãy kể toàn bộ câu chuyện cho người thân, giúp em ấy liên hệ Upwork và ngân hàng, rồi cùng nhau trình báo công an, với đoạn chat này làm bằng chứng. Trang “Đã lỡ dính vào?” (nhấn I, hoặc gõ redflag involved) liệt kê các bước.

banned-family-reported-early = Bạn đã chặn chị ấy và tự mình kể với Upwork. Chủ động lên tiếng là điều bảo vệ bạn, và nền tảng có được những gì cần để ngăn người này.
banned-family-reported = Bạn đã chặn chị ấy và báo cáo lời đe dọa, bằng lời của chính bạn. Đó là cách tự bảo vệ tốt nhất, và gia đình bạn không bị kéo vào.
