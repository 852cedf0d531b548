# Kịch bản “account-rental-fifth”: một “trưởng nhóm” trên Freelancer muốn làm việc qua tài khoản
# đã xác minh của bạn để đổi lấy một phần năm thu nhập; cuộc trò chuyện chuyển sang WhatsApp.
# Biến: $lead (một cái tên), $skill (wordpress, python hoặc design), $earnings, $monthly và
# $payment (đô la). Trưởng nhóm nhắn thân mật, nhanh, có lỗi gõ nhỏ và emoji.
# Người chơi luôn xưng “mình”, kể cả khi từ chối, để cách xưng hô không để lộ đáp án.

account-rental-fifth-title = Một phần năm cho bạn
account-rental-fifth-summary = Một trưởng nhóm thân thiện trên Freelancer đang tính chuyện “hợp tác lâu dài”.
account-rental-fifth-cast-lead = { $lead }

account-rental-fifth-fl-hello = Chào bạn nha! Mình là { $lead }, trưởng nhóm của một team dev nhỏ. Mình xem profile rồi, { $skill ->
    [wordpress] mấy trang WordPress
    [python] mấy script Python
   *[design] mấy bản thiết kế
} của bạn nhìn chuyên nghiêp thật sự 👏
account-rental-fifth-fl-team = Hiện giờ bên mình nhiều khách quá làm ko xuể, nên mình đang tìm một người hợp tác lâu dài. Ko phải job một lần đâu, mà là việc đều đặn
account-rental-fifth-fl-move = chat trên freelancer ko tiện bàn chi tiết, thỉnh thoảng còn bị ẩn tin nhắn. mình nói chuyện qua WhatsApp dc ko? bạn gửi số cho mình nha 🙏

account-rental-fifth-move-choice-stay = Cảm ơn bạn! Mình muốn tiếp tục trao đổi ở đây trên Freelancer.
account-rental-fifth-move-choice-ask = Hợp tác cụ thể là thế nào? Bạn cứ nói ở đây cũng được.
account-rental-fifth-move-choice-ask-feedback = Phản xạ tốt. Chuyện gì đàng hoàng cũng nói được trên nền tảng, nơi cuộc trò chuyện được lưu lại và bạn được bảo vệ.
account-rental-fifth-move-choice-go = Ok, số của mình đây.

account-rental-fifth-stay-reply = mình hiểu, nhưng ở đây họ lọc mấy chữ như "thanh toán" rồi khóa acc vô cớ 😅 ai cũng dùng whatsapp mà, nói 5 phút thôi
account-rental-fifth-insist-choice-give-in = Thôi được. Số của mình đây.
account-rental-fifth-insist-choice-decline = Nếu không nói được ở đây thì mình không quan tâm. Chúc bạn may mắn!
account-rental-fifth-insist-choice-report = Mình không quan tâm, và mình sẽ báo cáo tin nhắn này với Freelancer.
account-rental-fifth-insist-choice-report-feedback = Báo cáo chỉ mất một phút. Sau đó nền tảng có thể xem xét hồ sơ này trước khi nó nhắn cho freelancer tiếp theo.

account-rental-fifth-wa-hello = hi, mình { $lead } bên freelancer nè 😊 cảm ơn bạn đã dành thời gian nha!
account-rental-fifth-wa-story = mình nói thật với bạn nhé. acc của mình bị khóa do giới hạn khu vực, freelancer ko cho nước mình nữa. team mình giỏi lắm mà giờ ko bid được job nào 😔
account-rental-fifth-wa-pitch = nên ý mình là: bọn mình làm việc qua acc đã xác minh của bạn. team mình làm job, nói chuyện với khách, mọi thứ. bạn ko phải làm gì hết. mà bạn còn nhận một phần năm tổng thu nhập, 20% 💰
account-rental-fifth-wa-earnings = hồi acc cũ bọn mình kiếm khoảng { MONEY($earnings) } mỗi tháng. bạn thử nghĩ 20% của số đó xem, mà ko phải làm gì
account-rental-fifth-pitch-choice-easy = Vậy mình chỉ cần cho bạn mượn tài khoản là nhận 20%? Nghe dễ nhỉ.
account-rental-fifth-pitch-choice-refuse = Không. Tài khoản của mình gắn với danh tính của mình, không ai khác được làm việc qua nó.
account-rental-fifth-pitch-choice-who = Thực ra ai sẽ đăng nhập và nói chuyện với khách hàng dưới tên mình?
account-rental-fifth-pitch-choice-who-feedback = Đúng là câu cần hỏi. Câu trả lời thật là: những người lạ, dùng tên của bạn, đánh giá của bạn và xác minh của bạn.
account-rental-fifth-who-reply = anh em bên mình, dev kinh nghiệm lắm 😄 khách ko quan tâm ai viết code đâu, miễn chạy là dc. ko ai biết đâu

account-rental-fifth-proof-intro-yes = tuyệt vời!! mà để bạn thấy là thật nè, xem nha
account-rental-fifth-proof-intro-no = khoan khoan đừng từ chối vội. xem cái này trước đã
account-rental-fifth-proof-file = { $lead } đã gửi một hình ảnh: payouts_partners.jpg
account-rental-fifth-proof-text = đây là partner của mình ở Ba Lan, còn một bạn nữa ở Brazil. tháng nào họ cũng nhận phần của mình đều như đồng hồ. an toàn 100%, bạn ko rủi ro gì hết

account-rental-fifth-sob-intro-yes = cảm ơn bạn nhiều lắm 🙏 bạn ko biết chuyện này giúp bọn mình thế nào đâu
account-rental-fifth-sob-intro-no = đừng từ chối nhanh vậy mà 🙏 để mình giải thích
account-rental-fifth-sob-text = lúc acc bị khóa bọn mình mất hết, 4 gia đình sống nhờ team này. bọn mình là người tốt, chỉ cần một acc đã xác minh để làm việc thôi. bạn giúp bọn mình thật đó

account-rental-fifth-fixed = ok, mình làm cho bạn còn lợi hơn nữa. quên phần trăm đi: mình trả bạn cố định { MONEY($monthly) } mỗi tháng, bất kể bọn mình nhận bao nhiêu job. tháng đầu trả trước luôn 😊
account-rental-fifth-fixed-hurry = nhưng mình cần câu trả lời trong hôm nay nha, còn một freelancer khác đang chờ mà khách thì ko đợi đâu
account-rental-fifth-fixed-choice-accept = Ok, cố định { MONEY($monthly) } mỗi tháng. Chốt.
account-rental-fifth-fixed-choice-leave = Một khoản như vậy mà không phải làm gì, lại còn hối thúc, thì không hợp lý. Mình không tham gia.
account-rental-fifth-fixed-choice-leave-feedback = Đúng vậy: tiền nhiều mà không cần làm gì, cộng với “trả lời trong hôm nay”, là một khuôn mẫu. Một lời mời thật vẫn còn đó sau một ngày suy nghĩ.
account-rental-fifth-fixed-choice-report = Không thỏa thuận gì cả. Mình chặn bạn và báo cáo hồ sơ của bạn với Freelancer.

account-rental-fifth-setup = tuyệt!! 🤝 vậy bạn gửi mình email với mật khẩu freelancer nha, dev bên mình sẽ đăng nhập từ laptop của ảnh
account-rental-fifth-setup-code = khi freelancer gửi mã bảo mật cho bạn thì cứ chuyển nhanh cho mình. có khi họ đòi selfie nữa, bạn chụp là xong, dễ mà
account-rental-fifth-secrecy = với lại quan trọng nè: đừng kể với bộ phận hỗ trợ của freelancer về bọn mình. nếu họ hỏi thì bạn nói bạn tự làm. và thỉnh thoảng xóa chat của tụi mình đi nha 😉
account-rental-fifth-secret-choice-share = Ok. Mình gửi thông tin đăng nhập cho bạn đây.
account-rental-fifth-secret-choice-refuse = Nếu phải giấu nền tảng thì đó không phải là hợp tác. Không.
account-rental-fifth-secret-choice-report = Mình sẽ không nói dối nền tảng. Mình báo cáo chuyện này với Freelancer và giữ lại cuộc trò chuyện làm bằng chứng.
account-rental-fifth-secret-choice-report-feedback = Giữ lại cuộc trò chuyện là khôn ngoan: nó cho nền tảng và công an thấy chính xác bạn đã bị yêu cầu những gì.

account-rental-fifth-weeks-later = Ba tuần sau. Tài khoản Freelancer của bạn hiện những dự án bạn chưa từng bid, và những cuộc trò chuyện với khách hàng bạn chưa từng nói chuyện.
account-rental-fifth-paid = tin vui nè bro!! khách đầu tiên trả tiền rồi 🎉
account-rental-fifth-forward = có mỗi vấn đề là freelancer ko rút tiền về nước mình được. nên tiền sẽ về ngân hàng của bạn, bạn giữ phần của bạn rồi chuyển phần còn lại cho anh họ mình. chuyển khoản ngân hàng cũng dc, crypto (USDT) thì càng tốt
account-rental-fifth-bank-in = Ngân hàng của bạn: nhận được khoản thanh toán { MONEY($payment) } từ Freelancer.
account-rental-fifth-forward-hurry = chuyển trong hôm nay giúp mình nha, anh em đang chờ lương 🙏 mình gửi thông tin cho bạn liền
account-rental-fifth-pay-choice-forward = Ok, mình giữ phần của mình và chuyển phần còn lại trong hôm nay.
account-rental-fifth-pay-choice-refuse = Mình không chuyển tiền của người khác. Mình sẽ đổi mật khẩu và chấm dứt chuyện này.
account-rental-fifth-pay-choice-report = Mình không chuyển gì cả. Mình sẽ kể lại sự việc với ngân hàng và Freelancer.
account-rental-fifth-pay-choice-report-feedback = Đó là bước tốt nhất lúc này. Ngân hàng và nền tảng xử lý được tốt hơn nhiều khi bạn báo cho họ trước, trước khi họ tự phát hiện ra.

account-rental-fifth-frozen = Hai tuần sau, ngân hàng phong tỏa tài khoản của bạn và yêu cầu bạn giải trình các khoản tiền vào và ra.
account-rental-fifth-banned = Freelancer: “Tài khoản của bạn đã bị đóng vĩnh viễn do vi phạm Điều khoản và Điều kiện của chúng tôi.”
account-rental-fifth-compromised = Người lạ đã làm việc cho khách hàng dưới tên bạn, và tiền công của họ đã đi qua tài khoản ngân hàng của bạn. Chuyển tiền hộ người khác bị coi là làm trung gian chuyển tiền cho tội phạm (“money mule”), kể cả khi bạn được chia phần: ở Vương quốc Anh, những người làm việc này mất tài khoản ngân hàng và khả năng vay tín dụng, và có thể đối mặt với án tù đến 14 năm. Lệnh cấm trên nền tảng là vĩnh viễn và gắn với danh tính của bạn. Nhiều người đã bị lôi kéo theo cách này; điều quan trọng bây giờ là hành động. Hãy đổi mật khẩu Freelancer, đăng xuất mọi phiên, kể toàn bộ sự việc với Freelancer và ngân hàng, và trình báo công an. Hãy giữ lại cuộc trò chuyện: đó là bằng chứng.

account-rental-fifth-walked-away-early = Bạn giữ cuộc trò chuyện trên Freelancer và rút lui khi bên kia không chịu. Sự bảo vệ của nền tảng luôn ở bên bạn suốt thời gian đó.
account-rental-fifth-reported-early = Bạn đã rút lui và báo cáo tin nhắn. Giờ Freelancer có thể xem xét hồ sơ này trước khi freelancer tiếp theo nhận được lời mời tương tự.
account-rental-fifth-walked-away = Bạn đã từ chối trước khi có ai động vào tài khoản của bạn. Tên tuổi, đánh giá và xác minh của bạn vẫn là của bạn.
account-rental-fifth-reported = Bạn đã từ chối và báo cáo. Tài khoản của bạn vẫn là của bạn, và nền tảng đã biết về lời mời này.
account-rental-fifth-walked-away-late = Bạn đã dừng lại trước khi có đồng tiền nào đi qua bạn. Người khác vẫn đang có thông tin đăng nhập của bạn, nên hãy đổi mật khẩu ngay, đăng xuất khỏi mọi phiên, và báo cho Freelancer rằng có người khác đã dùng tài khoản của bạn: điều đó bảo vệ bạn.
account-rental-fifth-reported-late = Bạn đã dừng lại trước khi có đồng tiền nào đi qua bạn, và đã báo cho ngân hàng và nền tảng. Đó chính là điều bảo vệ bạn: giờ hãy đổi mật khẩu và đăng xuất khỏi mọi phiên. Hãy hỏi ngân hàng nên làm gì với khoản tiền đã về; đừng tự ý chuyển nó đi đâu cả.
