# Kịch bản “chrome-remote-desktop”: nhà sáng lập một studio phát triển phần mềm nhỏ tìm thấy
# code của người chơi trên GitHub rồi chuyển sang Discord. Biến: $founder (tên một người đàn
# ông), $repo (repository của người chơi), $excuse (region hoặc security: lý do anh ta nói mình
# cần đường truyền của người chơi), $share (đô la mỗi tháng), $advance (đô la).
# Nhà sáng lập là nam. Anh ta viết chỉn chu, lịch sự, chuyên nghiệp, câu đầy đủ, không emoji,
# xưng “tôi” và gọi người chơi là “bạn”. Người chơi luôn xưng “mình” và gọi anh ta là “anh”,
# để cách xưng hô không để lộ đáp án. Chữ trong ngoặc vuông là hành động của người chơi, không
# phải tin nhắn.

chrome-remote-desktop-title = Một nhà sáng lập viết vào repository của bạn
chrome-remote-desktop-summary = Nhà sáng lập một studio phát triển phần mềm nhỏ đang dùng code mã nguồn mở của bạn và có việc cho bạn trong dự án của một khách hàng Mỹ.
chrome-remote-desktop-cast-founder = { $founder }

chrome-remote-desktop-issue = { $founder } đã mở một issue trên repository { $repo } của bạn: Cơ hội hợp tác
chrome-remote-desktop-gh-hello = Xin chào, tôi là { $founder }, nhà sáng lập một studio phát triển phần mềm nhỏ. Chúng tôi dùng { $repo } trong sản phẩm của mình, và code của bạn sạch hiếm thấy. Chúng tôi có hợp đồng dài hạn với một khách hàng Mỹ và đang tìm thêm một lập trình viên đáng tin cậy.
chrome-remote-desktop-gh-move = Một issue không phải là nơi phù hợp để bàn chuyện công việc. Bạn có thể thêm tôi trên Discord không? Tên người dùng của tôi ở đó giống hệt ở đây, và tôi sẽ giải thích mọi thứ.

chrome-remote-desktop-move-choice-here = Cảm ơn anh! Anh mô tả lời mời ở đây, hoặc gửi đề xuất bằng văn bản kèm thông tin công ty được không?
chrome-remote-desktop-move-choice-here-feedback = Tốt. Một lời mời thật thì không ngại được viết ra. Chuyển sang chat riêng trước khi có bất kỳ thỏa thuận nào sẽ lấy mất bản ghi những gì đã nói.
chrome-remote-desktop-move-choice-go = Được, mình thêm anh ngay. Nói chuyện trong issue dù sao cũng bất tiện, mà mình cũng tò mò về khách hàng.
chrome-remote-desktop-move-choice-close = Cảm ơn anh, nhưng việc có trả tiền thì mình chỉ bàn ở nơi có ghi lại. Mình đóng issue này trước nhé.

chrome-remote-desktop-gh-insist = Tôi hiểu sự thận trọng của bạn và tôn trọng điều đó. Khách hàng ràng buộc NDA nên tôi không thể viết chi tiết ở nơi công khai. Năm phút trên Discord, rồi bạn tự quyết định.

chrome-remote-desktop-insist-choice-give-in = [Thêm { $founder } trên Discord như anh ta đề nghị và nhắn rằng bạn có năm phút]
chrome-remote-desktop-insist-choice-decline = Vậy mình xin thôi. Lời mời không thấy bằng văn bản thì mình không đánh giá được, NDA hay không.
chrome-remote-desktop-insist-choice-report = [Đóng issue, chặn { $founder } trên GitHub và báo cáo tài khoản]
chrome-remote-desktop-insist-choice-report-feedback = Báo cáo chỉ mất một phút, và anh ta không hề biết. Có lẽ ngay lúc này, lời chào mời y hệt đang nằm trong repository của nhiều lập trình viên khác.

chrome-remote-desktop-dc-hello = Cảm ơn bạn đã sang đây. Thật vui khi được gắn một cái tên với đoạn code ấy.
chrome-remote-desktop-dc-call = Trước khi bàn công việc, tôi muốn chúng ta làm quen cho đàng hoàng. Chiều nay mình gọi video ở đây khoảng mười lăm phút, bật camera, được không? Bạn cứ hỏi tôi bất cứ điều gì về studio.

chrome-remote-desktop-call-choice-accept = Được, gọi video ngắn thì ổn. Sau bốn giờ mình rảnh, sẽ bật camera.
chrome-remote-desktop-call-choice-ask = Ừ, gặp nhau cũng hay. Mình sẽ chuẩn bị câu hỏi về studio và khách hàng.
chrome-remote-desktop-call-choice-refuse = Mình không muốn lộ mặt với người quen qua một issue. Chỉ nhắn tin thôi anh nhé.
chrome-remote-desktop-call-choice-refuse-feedback = Phản xạ cẩn thận, nhưng yêu cầu này vô hại: gặp người mình đang làm việc cùng qua video, với tư cách chính mình, là bước bình thường và cho bạn biết nhiều điều. Điều quan trọng là sau đó bạn bị nhờ làm gì.

chrome-remote-desktop-call-done = Cuộc gọi video mười lăm phút với { $founder }. Anh ta thân thiện, thoải mái, nắm rõ code của bạn và trả lời các câu hỏi về studio. Tên khách hàng, anh ta nói, sẽ có cùng hợp đồng.
chrome-remote-desktop-call-skip = Tất nhiên, điều đó hoàn toàn do bạn quyết định. Nhắn tin cũng rất tiện với tôi.
chrome-remote-desktop-dc-team = Bối cảnh thế này. Chúng tôi là một studio sáu lập trình viên, chủ yếu React và Node, có hợp đồng dài hạn với một công ty fintech lớn của Mỹ. Khách hàng trả tốt và đúng hạn.
chrome-remote-desktop-dc-plan = { $excuse ->
    [region] Khó khăn là khách hàng chỉ chấp nhận lập trình viên kết nối từ Mỹ hoặc EU. Phần lớn đội của chúng tôi làm việc từ nước ngoài, nên chúng tôi cần một đường truyền tại chỗ.
   *[security] Khó khăn là hệ thống bảo mật của khách hàng chặn kết nối từ nước chúng tôi. Một quy định quá khắt khe, nên chúng tôi cần một đường truyền tại chỗ.
}
chrome-remote-desktop-dc-crd = Cách làm rất đơn giản. Bạn để một chiếc laptop luôn bật ở nhà, có cài Chrome Remote Desktop. Một lập trình viên của chúng tôi kết nối vào và làm việc qua internet của bạn. Bạn không phải làm gì, và mỗi tháng nhận { MONEY($share) }.

chrome-remote-desktop-crd-choice-refuse = Không. Để người lạ làm việc qua máy tính và đường truyền của mình thì mình không chứa.
chrome-remote-desktop-crd-choice-ask = Nếu khách chỉ nhận lập trình viên tại chỗ, vậy chẳng phải anh đang giấu khách ai mới thực sự làm việc sao?
chrome-remote-desktop-crd-choice-ask-feedback = Chính xác là vậy: thỏa thuận này chỉ chạy được nếu khách hàng bị lừa về việc ai làm và làm từ đâu. Đó là cốt lõi của mánh làm thay.
chrome-remote-desktop-crd-choice-accept = Mình có cái laptop cũ bỏ không, mà số tiền đó trả gần hết tiền nhà. Được, cứ để nó chạy.

chrome-remote-desktop-accept-reply = Tuyệt vời. Tôi biết bạn sẽ thấy điều này hợp lý.
chrome-remote-desktop-dodge = Đây không phải chuyện giấu giếm gì cả. Khách hàng này làm việc như vậy, và nhiều studio cũng làm y hệt. { MONEY($share) } mỗi tháng cho một chiếc laptop chỉ cần bật là lời mời hào phóng. Bạn cứ suy nghĩ thêm.

chrome-remote-desktop-dodge-choice-leave = Không, cảm ơn anh. Tiền cho một cái laptop chỉ cần bật thì chẳng bao giờ đơn giản vậy.
chrome-remote-desktop-dodge-choice-leave-feedback = Lời từ chối đã chấm dứt chuyện này. Tốt hơn nữa là thêm một bước: chặn tài khoản và báo cáo, không báo trước, để lời mời y hệt không đến được lập trình viên tiếp theo.
chrome-remote-desktop-dodge-choice-report = [Rời cuộc chat, chặn { $founder } và báo cáo tài khoản với Discord]
chrome-remote-desktop-dodge-choice-give-in = Cũng chỉ là cái laptop, mà thật lòng mình đang cần tiền. Anh cần gì nữa?

chrome-remote-desktop-accounts = Còn một việc. Khách hàng kiểm tra xem commit có đến từ một lập trình viên thật, có lịch sử hay không, và tài khoản GitHub của bạn thì lý tưởng. Chúng tôi cũng cần thông tin đăng nhập Upwork của bạn để xuất hóa đơn cho khách qua đó. Bạn gửi tôi cả hai được không? Phần của bạn vẫn về đều mỗi tháng, như đã thỏa thuận.

chrome-remote-desktop-account-choice-refuse = GitHub và Upwork là của mình. Không ai khác đăng nhập dưới tên mình, chia bao nhiêu cũng vậy.
chrome-remote-desktop-account-choice-ask = Vậy là lập trình viên của anh sẽ commit code và xuất hóa đơn dưới tên mình, như thể họ là mình?
chrome-remote-desktop-account-choice-ask-feedback = Đúng, nghĩa là vậy. Ai làm việc qua tài khoản của bạn là làm dưới tên bạn: điều đó có thể biến bạn thành một phần của vụ gian lận, và rủi ro pháp lý vẫn nằm ở bạn.
chrome-remote-desktop-account-choice-give = Hai tài khoản dạo này cũng đang để không, vậy sao lại không. Mình gửi anh thông tin đăng nhập.

chrome-remote-desktop-refuse-reply = Tôi hiểu. Tạm gác GitHub lại; chiếc laptop mới là điều quan trọng nhất.
chrome-remote-desktop-ask-reply = Chỉ là trên giấy tờ thôi, và chẳng ai xem kỹ đến thế. Dù sao chiếc laptop mới là điều quan trọng nhất.
chrome-remote-desktop-give-reply = Cảm ơn bạn. Bạn gửi qua tin nhắn riêng nhé, và tạm tắt đăng nhập hai lớp đi; nó gây trở ngại cho lập trình viên của chúng tôi.
chrome-remote-desktop-pressure = Để bắt đầu, hôm nay tôi có thể gửi trước { MONEY($advance) } tiền ứng nếu tối nay bạn cài đặt xong. Có hai ứng viên khác đang chờ, nên tôi cần câu trả lời của bạn trong tối nay.
chrome-remote-desktop-guide-file = { $founder } đã gửi một tệp: crd_setup_steps.pdf
chrome-remote-desktop-guide-msg = Bạn chỉ cần làm theo các bước: cài Chrome Remote Desktop, đặt mã PIN, rồi gửi tôi mã PIN và tài khoản Google bạn đã dùng.
chrome-remote-desktop-screen-call = Cách dễ nhất là một cuộc gọi ngắn: bạn chia sẻ màn hình, tôi hướng dẫn bạn cài đặt Chrome Remote Desktop. Mất hai phút thôi.
chrome-remote-desktop-nudge = Một điều cuối: xin giữ chuyện này giữa chúng ta. Không cần nhắc gì với GitHub, Upwork hay khách hàng; việc này nằm trong NDA của chúng tôi. Vậy tôi có thể trông vào việc cài đặt tối nay chứ?

chrome-remote-desktop-final-choice-install = Sắp đến hạn tiền nhà, tiền ứng sẽ đỡ được, và anh cũng thẳng thắn với mình. Tối nay mình cài.
chrome-remote-desktop-final-choice-refuse = Không truy cập từ xa, không thông tin đăng nhập, không giấu nền tảng điều gì. Mình không làm.
chrome-remote-desktop-final-choice-report = [Không cài gì, chặn { $founder } trên Discord và báo cáo tài khoản]
chrome-remote-desktop-final-choice-report-feedback = Chặn trước rồi lặng lẽ báo cáo là lối ra an toàn nhất: không có gì để tranh cãi, và nền tảng có thể chặn tài khoản trước khi nó tìm đến lập trình viên tiếp theo. Hãy giữ lại đoạn chat: đó là bằng chứng.

chrome-remote-desktop-fine-proxy-verification = Một cuộc gọi video ngắn với người bạn đang thương lượng, với tư cách chính mình, là bước bình thường và là cách công bằng để hai bên tìm hiểu nhau. Camera chưa bao giờ là rủi ro; rủi ro là lên camera hay vượt qua một bước xác minh thay cho người khác, và cả điều anh ta nhờ ngay sau đó: một chiếc laptop để người lạ làm việc qua.

chrome-remote-desktop-crd-session = Chrome Remote Desktop: có người đang kết nối vào laptop của bạn. Lúc này là 3 giờ sáng.
chrome-remote-desktop-accounts-used = GitHub: một lần đăng nhập mới vào tài khoản của bạn từ một thiết bị bạn không nhận ra. Upwork: “Tài khoản của bạn đã bị đình chỉ do vi phạm Điều khoản dịch vụ.”
chrome-remote-desktop-traced = Năm tuần sau, một email từ một công ty bạn chưa từng nghe tên: đội bảo mật của họ đã lần ra các lần đăng nhập của một nhà thầu dẫn về đường truyền internet của bạn và hỏi bạn là ai.
chrome-remote-desktop-compromised = Người lạ đã làm việc từ máy tính của bạn và qua đường truyền internet của bạn, và một khách hàng đã bị lừa về việc ai thực sự làm việc. Điều đó có thể biến bạn thành một phần của vụ gian lận, rủi ro pháp lý vẫn nằm ở bạn, và lệnh cấm trên nền tảng là vĩnh viễn, đi theo danh tính của bạn. Chuyện này cũng xảy ra với cả những người cẩn thận. Chủ động lên tiếng sớm sẽ giúp ích, và người bị lừa không giống người cố ý dựng nên một hệ thống như vậy. Hãy gỡ Chrome Remote Desktop và xóa máy tính khỏi danh sách truy cập từ xa trong tài khoản Google, đổi mật khẩu Google, GitHub và Upwork rồi bật đăng nhập hai lớp, báo cho GitHub và Upwork, và trình báo công an. Trang “Đã lỡ dính vào?” trong trò chơi (phím I) có các bước tiếp theo.

chrome-remote-desktop-walked-away-early = Bạn giữ cuộc trò chuyện ở nơi có ghi lại và rời đi khi anh ta không chịu. Không có gì rời khỏi tay bạn.
chrome-remote-desktop-reported-early = Bạn rời đi và báo cáo tài khoản với GitHub mà không báo trước. GitHub có thể xem xét nó trước khi nó chào mời lập trình viên tiếp theo.
chrome-remote-desktop-walked-away = Bạn đã từ chối trước khi có gì được cài đặt hay trao đi. Máy tính, đường truyền và tài khoản của bạn vẫn là của bạn. Báo cáo thêm tài khoản đó sẽ bảo vệ người tiếp theo anh ta nhắn tới.
chrome-remote-desktop-reported = Bạn đã chặn anh ta và báo cáo tài khoản trước khi có gì được cài đặt hay trao đi. Máy tính, đường truyền và tài khoản của bạn vẫn là của bạn, và nền tảng giờ có thể xem xét tài khoản này.
chrome-remote-desktop-walked-away-shared = Bạn dừng lại trước khi cài đặt, nhưng anh ta đang có thông tin đăng nhập GitHub và Upwork của bạn. Hãy đổi cả hai mật khẩu ngay, bật lại đăng nhập hai lớp, và báo GitHub và Upwork rằng người khác đã có thông tin đăng nhập của bạn. Sau đó chặn và báo cáo tài khoản của anh ta.
chrome-remote-desktop-reported-shared = Bạn đã chặn anh ta và báo cáo tài khoản trước khi cài đặt. Nhưng anh ta vẫn có thông tin đăng nhập GitHub và Upwork của bạn: hãy đổi cả hai mật khẩu ngay, bật lại đăng nhập hai lớp, và báo GitHub và Upwork rằng người khác đã có thông tin đăng nhập của bạn.
