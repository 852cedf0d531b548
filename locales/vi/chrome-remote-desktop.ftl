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
chrome-remote-desktop-move-choice-halfway = Mình sẽ thêm anh để đọc đề xuất, nhưng mọi thứ đã thống nhất phải quay lại đây bằng văn bản.
chrome-remote-desktop-move-choice-halfway-feedback = Một khi cuộc trò chuyện chuyển sang chat riêng, bản ghi nằm trong tay anh ta, và những gì thỏa thuận ở đó hiếm khi quay lại. Một đề xuất bằng văn bản ở nơi công khai chẳng làm một nhà sáng lập tử tế mất gì.

chrome-remote-desktop-gh-insist = Tôi hiểu sự thận trọng của bạn và tôn trọng điều đó. Khách hàng ràng buộc NDA nên tôi không thể viết chi tiết ở nơi công khai. Năm phút trên Discord, rồi bạn tự quyết định.

chrome-remote-desktop-insist-choice-give-in = [Thêm { $founder } trên Discord như anh ta đề nghị và nhắn rằng bạn có năm phút]
chrome-remote-desktop-insist-choice-decline = Vậy mình xin thôi. Lời mời không thấy bằng văn bản thì mình không đánh giá được, NDA hay không.
chrome-remote-desktop-insist-choice-nda = Vậy anh gửi NDA trước đi. Nếu trông bình thường, mình sẽ thêm anh trên Discord.
chrome-remote-desktop-insist-choice-nda-feedback = Một văn bản do chính anh ta soạn không thể bảo lãnh cho anh ta, và NDA không phải lý do để rời khỏi nơi mọi thứ được ghi lại. Dấu hiệu cảnh báo là việc chuyển sang chat riêng, và NDA không thay đổi điều đó.
chrome-remote-desktop-nda-file = { $founder } đính kèm một tệp vào issue: NDA_mutual.pdf. Đọc qua thì giống một thỏa thuận tiêu chuẩn.

chrome-remote-desktop-dc-hello = Cảm ơn bạn đã sang đây. Thật vui khi được gắn một cái tên với đoạn code ấy.
chrome-remote-desktop-dc-call = Trước khi bàn công việc, tôi muốn chúng ta làm quen cho đàng hoàng. Chiều nay mình gọi video ở đây khoảng mười lăm phút, bật camera, được không? Bạn cứ hỏi tôi bất cứ điều gì về studio.

chrome-remote-desktop-call-choice-accept = Được, gọi video ngắn thì ổn. Sau bốn giờ mình rảnh, sẽ bật camera.
chrome-remote-desktop-call-choice-audio = Gọi thì được, nhưng chỉ gọi thoại thôi. Với người mới mình không bật camera.
chrome-remote-desktop-call-choice-audio-feedback = Tắt camera khiến bạn mất cơ hội nhìn kỹ anh ta, trong khi chẳng có gì bị đe dọa: gọi video với tư cách chính mình, cho việc của chính mình, là bước bình thường. Nguy hiểm là lên hình thay cho người khác.
chrome-remote-desktop-call-choice-refuse = Mình không muốn lộ mặt với người quen qua một issue. Chỉ nhắn tin thôi anh nhé, cảm ơn.
chrome-remote-desktop-call-choice-refuse-feedback = Phản xạ cẩn thận, nhưng yêu cầu này vô hại: gặp người mình đang làm việc cùng qua video, với tư cách chính mình, là bước bình thường và cho bạn biết nhiều điều. Điều quan trọng là sau đó bạn bị nhờ làm gì.

chrome-remote-desktop-call-done = Cuộc gọi video mười lăm phút với { $founder }. Anh ta thân thiện, thoải mái, nắm rõ code của bạn và trả lời các câu hỏi về studio. Tên khách hàng, anh ta nói, sẽ có cùng hợp đồng.
chrome-remote-desktop-call-skip = Tất nhiên, điều đó hoàn toàn do bạn quyết định. Chúng ta cứ tiếp tục ở đây.
chrome-remote-desktop-dc-team = Bối cảnh thế này. Chúng tôi là một studio sáu lập trình viên, chủ yếu React và Node, có hợp đồng dài hạn với một công ty fintech lớn của Mỹ. Khách hàng trả tốt và đúng hạn.
chrome-remote-desktop-dc-plan = { $excuse ->
    [region] Khó khăn là khách hàng chỉ chấp nhận lập trình viên kết nối từ Mỹ hoặc EU. Phần lớn đội của chúng tôi làm việc từ nước ngoài, nên chúng tôi cần một đường truyền tại chỗ.
   *[security] Khó khăn là hệ thống bảo mật của khách hàng chặn kết nối từ nước chúng tôi. Một quy định quá khắt khe, nên chúng tôi cần một đường truyền tại chỗ.
}
chrome-remote-desktop-dc-crd = Cách làm rất đơn giản. Bạn để một chiếc laptop luôn bật ở nhà, có cài Chrome Remote Desktop. Một lập trình viên của chúng tôi kết nối vào và làm việc qua internet của bạn. Bạn không phải làm gì, và mỗi tháng nhận { MONEY($share) }.

chrome-remote-desktop-crd-choice-refuse = Không. Để người lạ làm việc qua máy tính và đường truyền của mình thì mình không chứa.
chrome-remote-desktop-crd-choice-refuse-feedback = Đúng vậy. Thỏa thuận này chỉ chạy được nếu khách hàng bị lừa về việc ai làm và làm từ đâu, còn máy tính và đường truyền của bạn sẽ là lớp ngụy trang. Đó là cốt lõi của mánh khóe làm thay.
chrome-remote-desktop-crd-choice-spare = Chỉ trên một laptop dự phòng không có gì của mình, và ban đêm mình rút điện.
chrome-remote-desktop-crd-choice-spare-feedback = Laptop dự phòng bảo vệ tệp của bạn, không bảo vệ tên bạn: công việc vẫn chạy qua đường truyền của bạn, và khách hàng vẫn bị lừa về việc ai làm và làm từ đâu. Vấn đề nằm ở chính yêu cầu.
chrome-remote-desktop-crd-choice-accept = Mình có cái laptop cũ bỏ không, mà số tiền đó đủ trả tiền nhà. Được.

chrome-remote-desktop-accept-reply = Tuyệt vời. Tôi biết bạn sẽ thấy điều này hợp lý.
chrome-remote-desktop-dodge = Đây không phải chuyện giấu giếm gì cả. Khách hàng này làm việc như vậy, và nhiều studio cũng làm y hệt. { MONEY($share) } mỗi tháng cho một chiếc laptop chỉ cần bật là lời mời hào phóng. Bạn cứ suy nghĩ thêm.

chrome-remote-desktop-dodge-choice-leave = Không, cảm ơn anh. Tiền cho một cái laptop chỉ cần bật thì chẳng bao giờ đơn giản vậy.
chrome-remote-desktop-dodge-choice-leave-feedback = Lời từ chối đã chấm dứt chuyện này. Tốt hơn nữa là thêm một bước: chặn tài khoản và báo cáo, không báo trước, để lời mời y hệt không đến được lập trình viên tiếp theo.
chrome-remote-desktop-dodge-choice-trial = Hay mình thử một tháng trước? Có gì không ổn là mình tắt.
chrome-remote-desktop-dodge-choice-trial-feedback = Thử một tháng vẫn có nghĩa là người lạ làm việc qua đường truyền của bạn ngay từ đêm đầu tiên, và những yêu cầu tiếp theo (thông tin đăng nhập, sự im lặng của bạn) cũng đến ngay trong tháng thử.
chrome-remote-desktop-dodge-choice-give-in = Cũng chỉ là cái laptop, mà thật lòng mình đang cần tiền. Anh cần gì nữa?

chrome-remote-desktop-accounts = Còn một việc. Khách hàng kiểm tra xem commit có đến từ một lập trình viên thật, có lịch sử hay không, và tài khoản GitHub của bạn thì lý tưởng. Chúng tôi cũng cần thông tin đăng nhập Upwork của bạn để xuất hóa đơn cho khách qua đó. Bạn gửi tôi cả hai được không? Phần của bạn vẫn về đều mỗi tháng, như đã thỏa thuận.

chrome-remote-desktop-account-choice-refuse = GitHub và Upwork là của mình. Không ai khác đăng nhập dưới tên mình, chia bao nhiêu cũng vậy.
chrome-remote-desktop-account-choice-github-only = GitHub thì được, chỉ là code thôi. Còn tài khoản Upwork thì mình giữ.
chrome-remote-desktop-account-choice-github-only-feedback = Tài khoản GitHub cũng là tên bạn: mỗi commit qua nó đều mang tên bạn, cho một khách hàng đang bị lừa. Thông tin đăng nhập nào bạn trao đi cũng đặt danh tính của bạn vào tay người khác.
chrome-remote-desktop-account-choice-give = [Gửi anh ta cả hai thông tin đăng nhập qua tin nhắn riêng; dạo này hai tài khoản cũng đang để không]

chrome-remote-desktop-refuse-reply = Tôi hiểu. Tạm gác GitHub lại; chiếc laptop mới là điều quan trọng nhất.
chrome-remote-desktop-github-reply = Vậy là khởi đầu tốt. Bạn gửi qua tin nhắn riêng nhé, và tạm tắt đăng nhập hai lớp đi; chuyện Upwork chúng ta bàn sau.
chrome-remote-desktop-give-reply = Cảm ơn bạn. Bạn gửi qua tin nhắn riêng nhé, và tạm tắt đăng nhập hai lớp đi; nó gây trở ngại cho lập trình viên của chúng tôi.
chrome-remote-desktop-pressure = Để bắt đầu, hôm nay tôi có thể gửi trước { MONEY($advance) } tiền ứng nếu tối nay bạn cài đặt xong. Có hai ứng viên khác đang chờ, nên tôi cần câu trả lời của bạn trong tối nay.
chrome-remote-desktop-guide-file = { $founder } đã gửi một tệp: crd_setup_steps.pdf
chrome-remote-desktop-guide-msg = Bạn chỉ cần làm theo các bước: cài Chrome Remote Desktop, đặt mã PIN, rồi gửi tôi mã PIN và tài khoản Google bạn đã dùng.
chrome-remote-desktop-screen-call = Cách dễ nhất là một cuộc gọi ngắn: bạn chia sẻ màn hình, tôi hướng dẫn bạn cài đặt Chrome Remote Desktop. Mất hai phút thôi.
chrome-remote-desktop-nudge = Một điều cuối: xin giữ chuyện này giữa chúng ta. Không cần nhắc gì với GitHub, Upwork hay khách hàng; việc này nằm trong NDA của chúng tôi. Vậy tôi có thể trông vào việc cài đặt tối nay chứ?

chrome-remote-desktop-final-choice-install = Sắp đến hạn tiền nhà, tiền ứng sẽ đỡ được, và anh cũng thẳng thắn với mình. Tối nay mình cài.
chrome-remote-desktop-final-choice-open = Mình sẽ cài, nhưng không giấu: nếu các nền tảng hỏi, mình sẽ nói thật.
chrome-remote-desktop-final-choice-open-feedback = Không giấu giếm là tốt, nhưng qua chiếc laptop, người lạ vẫn làm việc dưới tên bạn và qua đường truyền của bạn. Công khai chuyện truy cập từ xa không làm nó an toàn.
chrome-remote-desktop-final-choice-report = [Không cài gì. Chặn { $founder } trên Discord và báo cáo tài khoản của anh ta ở đó]
chrome-remote-desktop-final-choice-report-feedback = Chặn trước rồi lặng lẽ báo cáo là lối ra an toàn nhất: không có gì để tranh cãi, và nền tảng có thể chặn tài khoản trước khi nó tìm đến lập trình viên tiếp theo. Hãy giữ lại đoạn chat: đó là bằng chứng.

chrome-remote-desktop-fine-proxy-verification = Một cuộc gọi video ngắn với người bạn đang thương lượng, với tư cách chính mình, là bước bình thường và là cách công bằng để hai bên tìm hiểu nhau. Camera chưa bao giờ là rủi ro; rủi ro là lên camera hay vượt qua một bước xác minh thay cho người khác, và cả điều anh ta nhờ ngay sau đó: một chiếc laptop để người lạ làm việc qua.

chrome-remote-desktop-crd-session = Chrome Remote Desktop: có người đang kết nối vào laptop của bạn. Lúc này là 3 giờ sáng.
chrome-remote-desktop-github-used = GitHub: một lần đăng nhập mới vào tài khoản của bạn từ một thiết bị bạn không nhận ra.
chrome-remote-desktop-upwork-used = Upwork: “Tài khoản của bạn đã bị đình chỉ do vi phạm Điều khoản dịch vụ.”
chrome-remote-desktop-traced = Năm tuần sau, một email từ một công ty bạn chưa từng nghe tên: đội bảo mật của họ đã lần ra các lần đăng nhập của một nhà thầu dẫn về đường truyền internet của bạn và hỏi bạn là ai.
chrome-remote-desktop-compromised = Người lạ đã làm việc từ máy tính của bạn và qua đường truyền internet của bạn, và một khách hàng đã bị lừa về việc ai thực sự làm việc. Điều đó có thể biến bạn thành một phần của vụ gian lận, rủi ro pháp lý vẫn nằm ở bạn, và lệnh cấm trên nền tảng là vĩnh viễn, đi theo danh tính của bạn. Chuyện này cũng xảy ra với cả những người cẩn thận. Chủ động lên tiếng sớm sẽ giúp ích, và người bị lừa không giống người cố ý dựng nên một hệ thống như vậy. Hãy gỡ Chrome Remote Desktop và xóa máy tính khỏi danh sách truy cập từ xa trong tài khoản Google, đổi mật khẩu Google, GitHub và Upwork rồi bật đăng nhập hai lớp, báo cho GitHub và Upwork, và trình báo công an. Trang “Đã lỡ dính vào?” trong trò chơi (phím I) có các bước tiếp theo.

chrome-remote-desktop-walked-away-early = Bạn giữ cuộc trò chuyện ở nơi có ghi lại và rời đi khi anh ta không chịu. Không có gì rời khỏi tay bạn.
chrome-remote-desktop-walked-away = Bạn đã từ chối trước khi có gì được cài đặt hay trao đi. Máy tính, đường truyền và tài khoản của bạn vẫn là của bạn. Báo cáo thêm tài khoản đó sẽ bảo vệ người tiếp theo anh ta nhắn tới.
chrome-remote-desktop-reported = Bạn đã chặn anh ta và báo cáo tài khoản trước khi có gì được cài đặt hay trao đi. Máy tính, đường truyền và tài khoản của bạn vẫn là của bạn, và nền tảng giờ có thể xem xét tài khoản này.
chrome-remote-desktop-reported-shared = Bạn đã chặn anh ta và báo cáo tài khoản trước khi cài đặt. Nhưng anh ta vẫn giữ thông tin đăng nhập bạn đã gửi: hãy đổi những mật khẩu đó ngay, bật lại đăng nhập hai lớp, và báo cho các nền tảng rằng người khác đã có thông tin đăng nhập của bạn.
