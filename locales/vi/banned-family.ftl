# Kịch bản “banned-family”: sau nhiều tháng “hợp tác” trên tài khoản Upwork của người chơi,
# tài khoản bị cấm, và “đối tác” đòi giấy tờ của một người thân để lập tài khoản mới.
# Biến: $partner (một cái tên), $relative (sister, brother hoặc cousin), $months (một con số),
# $share và $bonus (đô la). Đối tác nhắn suồng sã, có lỗi gõ; người thân thì ấm áp.
# Phần chuyện cũ của người chơi được kể không trách móc: nó trông như nhận thầu lại bình thường.
# Tiếng Việt không có từ trung tính cho “sister/brother”: dùng em gái, em trai, em họ (người
# thân nhỏ tuổi hơn). Người chơi luôn xưng “mình”, để cách xưng hô không để lộ đáp án.

banned-family-title = Rủ cả người nhà vào
banned-family-summary = Tài khoản Upwork của bạn đã nằm trong một vụ “hợp tác” suốt mấy tháng. Hôm nay nó bị cấm.
banned-family-cast-partner = { $partner }
banned-family-cast-relative = { $relative ->
    [sister] Em gái bạn
    [brother] Em trai bạn
   *[cousin] Em họ bạn
}

banned-family-before = { $months } tháng trước, { $partner } đề nghị với bạn một kiểu “hợp tác” trên Upwork: team của anh ta sẽ nhận việc qua hồ sơ của bạn, và bạn được một phần năm thu nhập. Nghe giống chuyện nhận thầu lại bình thường, và khoản tiền thêm cũng đỡ cho bạn nhiều. Bạn đã đồng ý.
banned-family-past-deal = vậy là mình chốt nha 🤝 team mình làm trên profile của bạn, mùng 1 hằng tháng bạn nhận 20%. dễ mà
banned-family-past-report = báo cáo tháng nè: 4 hợp đồng đang chạy trên profile của bạn, khách ai cũng hài lòng 💪 phần của bạn đang chuyển qua
banned-family-past-login = mà mấy hôm nay đừng tự đăng nhập upwork nha, người bên mình đang làm trên đó. hai lượt đăng nhập nhìn lạ lắm 😉
banned-family-past-money = Ngân hàng của bạn: nhận được khoản chuyển { MONEY($share) }, nội dung “consulting”.

banned-family-banned = Upwork: “Tài khoản của bạn đã bị đình chỉ vĩnh viễn do có hoạt động đáng ngờ.”
banned-family-tg-hello = bro thấy chưa?? upwork khóa acc của bạn rồi 😤
banned-family-tg-calm = đừng lo, chuyện này xảy ra suốt, hệ thống của họ bị khùng. ko phải lỗi của bạn đâu. tụi mình làm tiếp, mình có kế hoạch rồi
banned-family-tg-screenshot = chụp màn hình cái email họ gửi cho mình xem với, mình muốn xem chính xác họ viết gì
banned-family-ban-choice-next = Ừ… vậy kế hoạch là gì?
banned-family-ban-choice-support = Mình sẽ viết cho bộ phận hỗ trợ của Upwork và giải thích chuyện đã xảy ra.
banned-family-ban-choice-support-feedback = Nói thật với nền tảng là phản xạ đúng. Người muốn bạn im lặng là đang bảo vệ đường dây, không phải bảo vệ bạn.
banned-family-ban-choice-stop = Nó bị cấm vì người khác đã làm việc qua tài khoản của mình. Mình dừng chuyện này lại.
banned-family-ban-choice-stop-feedback = Đúng là chuyện đã xảy ra như vậy, và nhìn rõ điều đó là bước đầu tiên vững vàng. Vấn đề nằm ở thỏa thuận kia, không phải ở lỗi hệ thống của Upwork.

banned-family-no-support = đừng mààà đừng viết cho support!! 🙅 đằng nào cũng bị cấm vĩnh viễn rồi, mà họ sẽ hỏi tiền ở đâu ra, lúc đó bạn mới gặp rắc rối. cứ im lặng thôi, tin mình đi
banned-family-secret-choice-quiet = Thôi được, mình sẽ không liên hệ họ. Kế hoạch là gì?
banned-family-secret-choice-leave = Mình dừng ở đây. Đừng nhắn cho mình nữa.
banned-family-secret-choice-report = Mình sẽ kể hết với Upwork, và mình sẽ trình báo bạn với công an.
banned-family-secret-choice-report-feedback = Tự mình đứng ra lên tiếng là vị thế vững nhất mà bạn có thể có. Hãy giữ lại cuộc trò chuyện này: nó cho thấy ai đã bảo bạn làm gì.

banned-family-stop-reply = ok ok, mình hiểu bạn đang bực. nhưng nghe kế hoạch trước đã, có lợi cho bạn mà. lần này ko rủi ro gì, hứa luôn

banned-family-plan = vậy nè: bạn có người nhà ko? ai đó chưa từng dùng upwork ấy? có lần bạn kể về { $relative ->
    [sister] em gái bạn
    [brother] em trai bạn
   *[cousin] đứa em họ của bạn
} mà 🙂
banned-family-plan-bonus = người đó mở một tài khoản mới, tụi mình làm y như trước. tháng nào người đó cũng được 20%, còn bạn được thưởng { MONEY($bonus) } vì đã giới thiệu 🎁

banned-family-hurry = team mình đang chạy 3 hợp đồng, khách đang chờ. trễ nhất thứ sáu mình cần tài khoản mới
banned-family-hurry-easy = bạn biết cách làm rồi mà, giải thích cho người ta 5 phút là xong
banned-family-blame = mà nói thật… vụ bị khóa cũng có phần lỗi của bạn đó. bạn đăng nhập bằng điện thoại cùng lúc với người bên mình, upwork thấy hai nước khác nhau 😒
banned-family-blame-fix = nên giờ bạn giúp tụi mình sửa lại đi. vậy là công bằng mà, đúng ko?

banned-family-recruit-choice-ask = Ừ, để mình hỏi { $relative ->
    [sister] em gái mình
    [brother] em trai mình
   *[cousin] đứa em họ của mình
}.
banned-family-recruit-choice-refuse = Mình không kéo gia đình vào chuyện này.
banned-family-recruit-choice-next-ban = Vậy lần bị cấm tiếp theo sẽ là tài khoản đứng tên { $relative ->
    [sister] em gái mình
    [brother] em trai mình
   *[cousin] em họ mình
} à?
banned-family-recruit-choice-next-ban-feedback = Đúng vậy. Khi một tài khoản bị cấm, đường dây cần một danh tính mới, và người tiếp theo bị nhắm tới thường là người thân cận của bạn.

banned-family-pressure = thôi mà, giúp chút xíu thôi. tháng nào người ta cũng có tiền không, có ai bị gì đâu
banned-family-pressure-threat = mà nghĩ đi, { $months } tháng nay bạn cũng nhận tiền của tụi mình đó 😉 nếu có ai bắt đầu hỏi tiền đó từ đâu ra thì buồn lắm
banned-family-pressure-choice-give-in = Thôi được. Để mình hỏi.
banned-family-pressure-choice-leave = Không. Mình sẽ không để tên của ai khác dính vào chuyện này. Dừng ở đây.
banned-family-pressure-choice-report = Mình thà tự giải thích. Mình sẽ báo cáo chuyện này với Upwork và trình báo công an.
banned-family-pressure-choice-report-feedback = Lời đe dọa kiểu đó nhằm khiến bạn im lặng. Tự mình báo cho nền tảng và công an trước, bằng lời của chính bạn, bảo vệ bạn tốt hơn nhiều so với im lặng.

banned-family-docs = tuyệt!! vậy bạn xin { $relative ->
    [sister] em gái bạn
    [brother] em trai bạn
   *[cousin] đứa em họ
}: ảnh căn cước mặt trước mặt sau, một tấm selfie cầm căn cước, với thông tin ngân hàng. gửi hết cho mình ở đây nha
banned-family-docs-secret = với lại tốt nhất đừng kể hết đầu đuôi, cứ nói là xác minh cho một công việc online thôi. đỡ bị hỏi 😉
banned-family-docs-direct = hoặc hay hơn nữa, cho mình số điện thoại của người đó, mình tự giải thích hết cho 😊
banned-family-relative-photos = { $relative ->
    [sister] Em gái bạn
    [brother] Em trai bạn
   *[cousin] Em họ bạn
} đã gửi cho bạn hai ảnh qua WhatsApp: ID_front.jpg, ID_back.jpg
banned-family-docs-choice-forward = Mình gửi qua cho bạn ngay đây.
banned-family-docs-choice-warn = Mình không chuyển gì hết. Mình sẽ nói thật với { $relative ->
    [sister] em gái mình
    [brother] em trai mình
   *[cousin] em họ mình
}.
banned-family-docs-choice-warn-feedback = Đúng vậy. Các tấm ảnh chưa rời khỏi điện thoại của bạn, và người đã tin bạn sẽ được biết chuyện này thực ra là gì.
banned-family-docs-choice-report = Không. Mình chặn bạn và báo cáo mọi chuyện với Upwork và công an.

banned-family-rel-hello = ê! ảnh tới chưa? 😊 khi nào thì bắt đầu làm vậy?
banned-family-warn-choice-together = Đừng gửi cho ai hết. Đó là trò lừa đảo đã làm tài khoản của mình bị cấm. Mình cùng đi báo cáo nhé.
banned-family-warn-choice-delete = Đó không phải công việc thật đâu, xin lỗi nhé. Xóa mấy tấm ảnh đó đi. Mình đã chặn người đòi mấy tấm ảnh đó rồi.
banned-family-rel-together = trời 😳 ok. cảm ơn đã nói thật với em nha. ừ, mình cùng làm. em xóa ảnh liền đây
banned-family-rel-together-more = em có nên báo cả ngân hàng không? em chỉ gửi ảnh qua đây thôi, không gửi cho ai khác
banned-family-reported-warned = Bạn đã nói thật với người tin tưởng bạn, và hai người cùng báo cáo sự việc. Các tấm ảnh chưa bao giờ rời khỏi điện thoại của bạn, và đường dây không có được danh tính tiếp theo.
banned-family-rel-delete = ôi không 😳 ok, em xóa rồi. cảm ơn đã thành thật với em
banned-family-rel-delete-more = sau này có ai nhắn em về một “công việc” kiểu vậy thì giờ em biết rồi 😅
banned-family-walked-away-warned = Bạn đã chặn đứng chuỗi này: các tấm ảnh chưa bao giờ rời khỏi điện thoại của bạn, và { $relative ->
    [sister] em gái bạn
    [brother] em trai bạn
   *[cousin] em họ bạn
} đã biết cần cảnh giác điều gì. Khi bạn sẵn sàng, báo cáo với Upwork và trình báo công an sẽ giúp chặn lần thử tiếp theo.

banned-family-later = Hai tháng sau, { $relative ->
    [sister] em gái bạn gọi đến: một tài khoản Upwork đứng tên em ấy đã bị đình chỉ, và ngân hàng của em ấy đang hỏi về những khoản chuyển mà em ấy chưa từng thực hiện.
    [brother] em trai bạn gọi đến: một tài khoản Upwork đứng tên em ấy đã bị đình chỉ, và ngân hàng của em ấy đang hỏi về những khoản chuyển mà em ấy chưa từng thực hiện.
   *[cousin] em họ bạn gọi đến: một tài khoản Upwork đứng tên em ấy đã bị đình chỉ, và ngân hàng của em ấy đang hỏi về những khoản chuyển mà em ấy chưa từng thực hiện.
}
banned-family-compromised = Đường dây đã có được một danh tính mới, lần này từ chính gia đình bạn. Lệnh cấm trên nền tảng là vĩnh viễn và đi theo con người, còn tiền đã đi qua một tài khoản sẽ bị truy về chủ tài khoản đó. Các đường dây như thế này tồn tại được là nhờ vậy: một tài khoản bị cấm dẫn đến cái tên tiếp theo. Chuyện này vẫn có thể dừng lại. Hãy kể toàn bộ sự việc với người thân của bạn, giúp họ liên hệ Upwork và ngân hàng, và cùng nhau trình báo công an, với cuộc trò chuyện này làm bằng chứng.

banned-family-walked-away-early = Bạn đã chấm dứt ngay sau khi tài khoản bị cấm, mà không kéo thêm ai vào. Thỏa thuận đã kết thúc, và không có người mới nào phải gánh rủi ro.
banned-family-reported-early = Bạn đã tự mình báo cho nền tảng và công an. Chính việc đứng ra lên tiếng bảo vệ bạn, và cho họ những gì cần thiết để chặn người này.
banned-family-walked-away = Bạn đã từ chối để tên người khác dính vào, kể cả khi bị gây sức ép. Chuỗi này dừng lại ở bạn.
banned-family-reported = Bạn đã từ chối và báo cáo, bằng lời của chính bạn. Đó là cách tự bảo vệ tốt nhất trước lời đe dọa, và giữ cho gia đình bạn ngoài chuyện này.
banned-family-reported-docs = Bạn đã dừng lại và báo cáo. Các tấm ảnh chưa bao giờ rời khỏi điện thoại của bạn. Hãy nói cho { $relative ->
    [sister] em gái bạn
    [brother] em trai bạn
   *[cousin] em họ bạn
} biết chuyện này thực ra là gì, để các tấm ảnh được xóa đi và mọi người đều biết cần cảnh giác điều gì.
