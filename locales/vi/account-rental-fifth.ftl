# Kịch bản “account-rental-fifth”: một trưởng nhóm trên Freelancer muốn làm việc qua tài khoản
# đã xác minh của bạn để đổi lấy một phần năm thu nhập; cuộc trò chuyện chuyển sang WhatsApp.
# Biến: $lead (tên một người đàn ông), $skill (wordpress, python hoặc design), $earnings, $monthly
# và $payment (đô la). Trưởng nhóm là đàn ông, xưng “tôi”, gọi người chơi là “bạn”; nhắn thân
# mật, thoải mái: câu ngắn, đôi khi viết thường, vài emoji, lỗi nhỏ của người không nói tiếng mẹ
# đẻ (không chế giễu). Người chơi luôn xưng “mình”, để cách xưng hô không để lộ đáp án.
# Câu hỏi của anh ta về múi giờ và sản phẩm mẫu là vô hại: trả lời là đúng.

account-rental-fifth-title = Một trưởng nhóm dev cần người hỗ trợ lâu dài
account-rental-fifth-summary = Một trưởng nhóm trên Freelancer thích profile của bạn và muốn hợp tác lâu dài.
account-rental-fifth-cast-lead = { $lead }

account-rental-fifth-fl-hello = Xin chào! Tôi là { $lead }, tôi dẫn một team dev nhỏ. Tôi đã xem profile của bạn, { $skill ->
    [wordpress] các trang WordPress
    [python] các script Python
   *[design] các thiết kế
} của bạn trông rất chuyên nghiệp.
account-rental-fifth-fl-team = Hiện bên tôi có nhiều khách hơn sức mình làm, nên tôi tìm một đối tác lâu dài. Không phải việc một lần, mà là việc ổn định.
account-rental-fifth-samples = Hỏi nhanh trước: bạn ở nước nào, múi giờ nào? Và bạn gửi ở đây 2–3 sản phẩm { $skill ->
    [wordpress] WordPress
    [python] Python
   *[design] thiết kế
} mẫu được không?
account-rental-fifth-samples-choice-send = Được chứ, đây là ba sản phẩm gần đây. Múi giờ của mình có ghi trên profile.
account-rental-fifth-samples-choice-refuse = Mình không muốn nói mình sống ở đâu hay gửi sản phẩm khi chưa có hợp đồng.
account-rental-fifth-samples-choice-refuse-feedback = Quốc gia, múi giờ và sản phẩm công khai vốn đã có trên profile của bạn, và khách hàng nào cũng hỏi. Hãy để dành sự cảnh giác cho điều thật sự quan trọng: thông tin đăng nhập, giấy tờ tùy thân, tài khoản của bạn.
account-rental-fifth-samples-choice-leave = Mới vào đã hỏi mình sống ở đâu? Hơi lạ đấy. Cảm ơn, mình xin thôi.

account-rental-fifth-fl-move = cảm ơn, tôi ghi lại rồi 👍 thêm một chuyện: chat Freelancer không tốt cho chi tiết, đôi khi nó giấu tin nhắn. Mình nói chuyện trên WhatsApp được không? Bạn gửi tôi số điện thoại là được
account-rental-fifth-move-choice-stay = Cảm ơn bạn! Mình muốn bàn mọi chuyện ở đây trên Freelancer, nơi có lưu lại.
account-rental-fifth-move-choice-stay-feedback = Trực giác tốt. Điều gì đàng hoàng thì đều nói được trên nền tảng, nơi đoạn chat được lưu lại và bạn được bảo vệ.
account-rental-fifth-move-choice-halfway = Được, nói chuyện nhanh trên WhatsApp, nhưng hợp đồng nào cũng phải qua đây.
account-rental-fifth-move-choice-halfway-feedback = Một khi đã sang WhatsApp, nền tảng không còn thấy người ta nhờ bạn làm gì, và cái hợp đồng “phải qua đây” sẽ chẳng bao giờ cần đến. Ở lại Freelancer chẳng làm một khách hàng tử tế mất gì.
account-rental-fifth-move-choice-go = [Gửi anh ta số điện thoại; WhatsApp bạn cũng thấy tiện hơn, bạn dùng nó cả ngày]

account-rental-fifth-stay-reply = Tôi hiểu. Nhưng ở đây họ đánh dấu những từ như “thanh toán” và khóa người ta vô cớ. Ai cũng dùng WhatsApp mà, chỉ nói chuyện 5 phút thôi
account-rental-fifth-insist-choice-give-in = [Gửi anh ta số điện thoại; bộ lọc ở đây đúng là phiền thật]
account-rental-fifth-insist-choice-five-min = Thôi được, năm phút. Nhưng nghe có gì lạ là mình chặn bạn ngay.
account-rental-fifth-insist-choice-five-min-feedback = Trên WhatsApp, lời mời được dựng lên để nghe thật hợp lý, còn nền tảng thì không thấy và không can thiệp được nữa. Một người cần né bộ lọc của nền tảng chính là dấu hiệu cảnh báo.
account-rental-fifth-insist-choice-report = [Không trả lời; chặn anh ta và báo cáo tin nhắn với Freelancer]
account-rental-fifth-insist-choice-report-feedback = Báo cáo chỉ mất một phút. Nền tảng có thể kiểm tra hồ sơ này trước khi nó nhắn cho freelancer tiếp theo.

account-rental-fifth-wa-story = chào bạn, tôi là { $lead } bên Freelancer đây 😊 Tôi sẽ thành thật với bạn. Tài khoản của tôi bị đóng vì giới hạn khu vực, Freelancer không cho nước tôi nữa. Team tôi rất giỏi nhưng giờ không đấu thầu được gì.
account-rental-fifth-wa-pitch = Nên ý tôi là: chúng ta làm việc qua tài khoản đã xác minh của bạn. Team tôi làm việc, nói chuyện với khách, mọi thứ. Bạn không cần làm gì, và bạn nhận một phần năm tổng thu nhập, 20%.
account-rental-fifth-wa-earnings = trên tài khoản cũ, mỗi tháng bọn tôi kiếm khoảng { MONEY($earnings) }. Bạn thử nghĩ: 20% số đó, không phải làm gì. Bạn thấy sao?
account-rental-fifth-pitch-choice-easy = 20% mà chẳng phải làm gì? Dạo này mình đang kẹt tiền, vậy thử xem sao.
account-rental-fifth-pitch-choice-condition = Chỉ khi mình tự duyệt từng việc và tiền về tài khoản của mình trước.
account-rental-fifth-pitch-choice-condition-feedback = Tự duyệt việc không thay đổi được ai là người làm: người lạ vẫn làm việc dưới tên bạn và bằng xác minh của bạn. Còn tiền về tài khoản của bạn lại chính là thứ mà mánh khóe này cần ở bước sau.
account-rental-fifth-pitch-choice-who = Vậy thật ra ai sẽ đăng nhập và nói chuyện với khách dưới tên mình?
account-rental-fifth-pitch-choice-who-feedback = Đúng câu cần hỏi. Câu trả lời thật là: người lạ, dùng tên bạn, đánh giá của bạn và xác minh của bạn.
account-rental-fifth-who-reply = Người của tôi, dev rất có kinh nghiệm. Khách không quan tâm ai viết code, chỉ cần nó chạy. Không ai biết đâu

account-rental-fifth-proof-intro-yes = tuyệt vời!! để bạn thấy là thật, xem này
account-rental-fifth-proof-intro-no = Khoan, đừng từ chối vội. Xem trước đã
account-rental-fifth-proof-file = { $lead } đã gửi một ảnh: payouts_partners.jpg
account-rental-fifth-proof-text = Đây là đối tác của tôi ở Ba Lan, thêm một người ở Brazil. Tháng nào họ cũng nhận phần của mình đều như đồng hồ. An toàn 100%, không rủi ro gì cho bạn

account-rental-fifth-sob-intro-yes = Cảm ơn bạn, thật đấy 🙏 bạn không biết việc này giúp bọn tôi nhiều thế nào đâu
account-rental-fifth-sob-intro-no = xin bạn đừng từ chối nhanh vậy. Để tôi giải thích
account-rental-fifth-sob-text = Khi tài khoản bị đóng, bọn tôi mất hết, bốn gia đình sống nhờ team này. Bọn tôi là người tốt, chỉ cần một tài khoản đã xác minh để làm việc.

account-rental-fifth-fixed = OK, tôi làm cho bạn còn tốt hơn nữa. Quên phần trăm đi: tôi trả bạn cố định { MONEY($monthly) } mỗi tháng, bất kể bọn tôi nhận bao nhiêu việc. Tháng đầu trả trước.
account-rental-fifth-fixed-hurry = vậy, chốt nhé? Tôi cần bạn đồng ý trong hôm nay, có một freelancer khác đang chờ và khách thì không chờ đâu
account-rental-fifth-fixed-choice-accept = [Đồng ý: cố định { MONEY($monthly) } là hơn cả hai dự án gần nhất của bạn]
account-rental-fifth-fixed-choice-leave = Tiền nhiều mà không làm gì, lại còn hạn chót? Không hợp lý chút nào. Mình rút.
account-rental-fifth-fixed-choice-leave-feedback = Đúng vậy: tiền tốt cho việc không làm gì, cộng với “trả lời trong hôm nay”, là một khuôn mẫu. Lời mời thật thì chờ bạn suy nghĩ một ngày vẫn còn.
account-rental-fifth-fixed-choice-trial = Thử một tháng xem, có gì không ổn là mình dừng.
account-rental-fifth-fixed-choice-trial-feedback = Một tháng thử vẫn là một tháng người lạ làm việc dưới tên bạn, và số tiền nó mang về chính là thứ bạn sẽ bị nhờ chuyển đi. Chuyện này không có mức nào là an toàn.

account-rental-fifth-setup = Tuyệt 🤝 Dev của tôi đăng nhập từ laptop của cậu ấy. Khi Freelancer gửi bạn mã bảo mật, bạn chuyển nhanh cho tôi, và nếu thỉnh thoảng họ hỏi selfie thì bạn chụp. Dễ thôi
account-rental-fifth-secrecy = Vậy hôm nay bạn gửi tôi email và mật khẩu Freelancer nhé. Và đừng nói gì về bọn tôi với bộ phận hỗ trợ: nếu họ hỏi, bạn nói tự bạn làm, OK?
account-rental-fifth-secret-choice-share = [Gửi anh ta email và mật khẩu Freelancer, và không nói gì với bộ phận hỗ trợ]
account-rental-fifth-secret-choice-no-lies = Được, mình gửi thông tin đăng nhập, nhưng nếu hỗ trợ hỏi thì mình không nói dối đâu.
account-rental-fifth-secret-choice-no-lies-feedback = Không nói dối là tốt, nhưng đến lúc hỗ trợ hỏi thì thông tin đăng nhập đã nằm trong tay người lạ và việc dưới tên bạn đã xong xuôi. Thứ cần giữ lại chính là thông tin đăng nhập.
account-rental-fifth-secret-choice-report = [Giữ lại đoạn chat, chặn anh ta và báo hết mọi chuyện cho hỗ trợ Freelancer]
account-rental-fifth-secret-choice-report-feedback = Giữ lại đoạn chat là khôn ngoan: nó cho nền tảng thấy chính xác bạn đã bị yêu cầu những gì. Và bạn không cần báo trước cho anh ta.

account-rental-fifth-weeks-later = Ba tuần sau. Tài khoản Freelancer của bạn hiện những dự án bạn chưa từng đấu thầu, và những đoạn chat với khách hàng bạn chưa từng nói chuyện.
account-rental-fifth-paid = tin vui!! khách đầu tiên trả tiền rồi 🎉
account-rental-fifth-forward = Chỉ có vấn đề là Freelancer không chi trả về nước tôi được. Nên tiền vào ngân hàng của bạn, bạn giữ phần của bạn và gửi phần còn lại cho em họ tôi. Chuyển khoản ngân hàng cũng OK, tiền mã hóa (USDT) càng tốt
account-rental-fifth-bank-in = Ngân hàng của bạn: nhận được { MONEY($payment) } từ Freelancer.
account-rental-fifth-forward-hurry = Hôm nay bạn gửi phần còn lại giúp nhé, người của tôi đang chờ lương. Tôi gửi bạn thông tin của em họ tôi ngay đây
account-rental-fifth-pay-choice-forward = [Giữ phần của bạn và chuyển phần còn lại cho em họ của anh ta ngay hôm nay, như anh ta nhờ]
account-rental-fifth-pay-choice-once = Mình chuyển lần này thôi để team bạn có lương, rồi mình dừng.
account-rental-fifth-pay-choice-once-feedback = Dù chỉ một lần, tài khoản của bạn vẫn là nơi tiền đi qua, và ngân hàng thấy bạn chứ không thấy anh ta. Đừng tự chuyển số tiền đó đi đâu: hãy báo ngân hàng và để họ xử lý.
account-rental-fifth-pay-choice-report = [Đổi mật khẩu, chặn anh ta, rồi báo cho Freelancer và ngân hàng]

account-rental-fifth-fine-identity-docs = Quốc gia, múi giờ và vài sản phẩm công khai là những gì khách hàng nào cũng hỏi, và chúng vốn đã có trên profile của bạn. Giấy tờ thì khác: bản scan giấy tờ tùy thân, mã số thuế hay thông tin đăng nhập mới là thứ cho phép người khác hành động dưới tên bạn.

account-rental-fifth-frozen = Hai tuần sau, ngân hàng phong tỏa tài khoản của bạn và yêu cầu bạn giải thích các khoản tiền vào và ra.
account-rental-fifth-banned = Freelancer: “Tài khoản của bạn đã bị đóng vĩnh viễn do vi phạm Điều khoản và Điều kiện.”
account-rental-fifth-compromised = Người lạ đã làm việc cho khách hàng dưới tên bạn, và tiền công của họ đi qua tài khoản ngân hàng của bạn. Chuyển tiền hộ người khác có thể biến bạn thành một phần của hoạt động rửa tiền, dù bạn chỉ giữ một phần, và rủi ro ở lại với bạn chứ không phải với họ. Nhiều người bị kéo vào theo cách này, và lên tiếng sớm sẽ giúp ích. Hãy đổi mật khẩu Freelancer, đăng xuất mọi phiên, và kể toàn bộ câu chuyện cho Freelancer và ngân hàng. Giữ lại đoạn chat: đó là bằng chứng. Trang “Đã lỡ dính vào?” (nhấn I, hoặc gõ redflag involved) liệt kê các bước tiếp theo.
account-rental-fifth-walked-away-samples = Bạn đã rời đi trước khi có gì của bạn bị đe dọa, và như vậy là an toàn. Nhưng câu hỏi đầu tiên của anh ta rất bình thường: quốc gia, múi giờ và sản phẩm công khai là điều khách hàng nào cũng hỏi. Hãy để dành lời từ chối cho những yêu cầu cho phép người khác hành động dưới tên bạn.

account-rental-fifth-reported-early = Bạn đã chặn anh ta và báo cáo tin nhắn. Giờ Freelancer có thể xem xét hồ sơ này trước khi freelancer tiếp theo nhận được lời mời tương tự.
account-rental-fifth-walked-away = Bạn đã từ chối trước khi có ai động vào tài khoản của bạn. Tên tuổi, đánh giá và xác minh của bạn vẫn là của bạn.
account-rental-fifth-reported = Bạn đã từ chối, chặn anh ta và báo cáo. Tài khoản vẫn là của bạn, và nền tảng đã biết về lời mời này.
account-rental-fifth-reported-late = Bạn đã dừng lại trước khi có đồng tiền nào đi qua bạn, và đã báo cho ngân hàng cùng nền tảng mà không cảnh báo anh ta. Chính điều đó bảo vệ bạn: giờ hãy đăng xuất mọi phiên. Hỏi ngân hàng nên làm gì với khoản tiền đã vào; đừng tự ý chuyển nó đi đâu.
