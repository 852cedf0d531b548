# Kịch bản “chrome-remote-desktop”: một “nhà sáng lập start-up” tìm thấy code của người chơi trên
# GitHub rồi chuyển sang Discord. Biến: $founder (một cái tên), $repo (repository của người chơi),
# $excuse (region hoặc security: lý do nhà sáng lập “cần” đường truyền của người chơi),
# $share (đô la mỗi tháng), $advance (đô la).
# Nhà sáng lập nhắn nhanh, suồng sã, có lỗi gõ nhỏ và rất nhiều emoji.
# Người chơi luôn xưng “mình”, để cách xưng hô không để lộ đáp án.

chrome-remote-desktop-title = Chỉ cần để laptop bật
chrome-remote-desktop-summary = Một nhà sáng lập start-up rất thích code mã nguồn mở của bạn và có một vụ nhận thầu lại cho một khách hàng Mỹ.
chrome-remote-desktop-cast-founder = { $founder }

chrome-remote-desktop-issue = { $founder } đã mở một issue trên repository { $repo } của bạn: “Cơ hội hợp tác 🚀”
chrome-remote-desktop-gh-hello = Hey! code trong { $repo } sạch thật sự, bọn mình dùng nó trong sản phẩm luôn 🙌 mình là founder của một start-up dev nhỏ, bọn mình có một khách Mỹ lớn và cần thêm một người đáng tin
chrome-remote-desktop-gh-move = issue ko hợp để nói chuyện 😅 add mình trên Discord nha? cùng tên. mình giải thích hết ở đó

chrome-remote-desktop-move-choice-here = Cảm ơn bạn! Bạn mô tả lời mời ở đây được không, hoặc gửi trước một đề xuất bằng văn bản kèm thông tin công ty?
chrome-remote-desktop-move-choice-here-feedback = Tốt. Một lời mời thật thì không ngại được viết ra. Chuyển sang chat riêng trước khi có bất kỳ thỏa thuận nào sẽ lấy mất bằng chứng lưu lại những gì đã nói.
chrome-remote-desktop-move-choice-go = Ok, mình sẽ add bạn.
chrome-remote-desktop-move-choice-close = Mình không nhận việc qua issue. Mình đóng issue này nhé.

chrome-remote-desktop-gh-insist = khách này bảo mật, ko viết chi tiết công khai được 🙏 chỉ 5 phút trên discord thôi, hứa là đáng mà

chrome-remote-desktop-insist-choice-give-in = Ok, năm phút thôi nhé.
chrome-remote-desktop-insist-choice-decline = Vậy thì mình xin từ chối. Chúc may mắn!
chrome-remote-desktop-insist-choice-report = Mình sẽ đóng issue này và báo cáo nó với GitHub.
chrome-remote-desktop-insist-choice-report-feedback = Báo cáo chỉ mất một phút. Có lẽ ngay lúc này, lời chào mời y hệt đang nằm trong repository của nhiều lập trình viên khác.

chrome-remote-desktop-dc-hello = yo 👋 thx đã qua. vậy nè: bọn mình là bên nhận thầu lại cho một khách Mỹ, dự án dài, tiền ngon
chrome-remote-desktop-dc-team = team mình có 6 dev, kinh nghiệm lắm, chủ yếu React với Node. khách là một công ty fintech lớn, trả ngon
chrome-remote-desktop-dc-plan = { $excuse ->
    [region] vấn đề là khách chỉ cho dev kết nối từ Mỹ hoặc EU 🙄 team mình ở nước ngoài, nên cần một đường truyền tại chỗ
   *[security] vấn đề là hệ thống bảo mật của khách chặn nước của bọn mình 🙄 quy định vớ vẩn. nên cần một đường truyền tại chỗ
}
chrome-remote-desktop-dc-crd = đơn giản lắm: bạn để một cái laptop bật ở nhà có cài Chrome Remote Desktop. dev bên mình kết nối vào và làm việc qua internet của bạn. bạn ko phải làm gì mà mỗi tháng nhận { MONEY($share) } 💸

chrome-remote-desktop-crd-choice-refuse = Người lạ làm việc qua máy tính và đường truyền của mình? Không.
chrome-remote-desktop-crd-choice-ask = Nếu khách chỉ nhận lập trình viên tại chỗ, vậy chẳng phải bạn đang giấu khách chuyện ai mới thực sự làm việc sao?
chrome-remote-desktop-crd-choice-ask-feedback = Chính xác là vậy: thỏa thuận này chỉ chạy được nếu khách bị lừa về việc ai làm và làm từ đâu. Đó là cốt lõi của mánh làm thay.
chrome-remote-desktop-crd-choice-accept = Một cái laptop chỉ cần để bật? Dễ thôi, mình có một cái cũ đang bỏ không.

chrome-remote-desktop-accept-reply = tuyệt!! biết ngay bạn là người hiểu chuyện mà 😎
chrome-remote-desktop-dodge = có giấu gì đâu bro 😅 khách này làm việc kiểu vậy thôi, ai cũng làm. tháng nào cũng { MONEY($share) } mà ko làm gì, nghĩ đi

chrome-remote-desktop-dodge-choice-leave = Tiền cho không thì chẳng bao giờ thật sự là cho không. Mình không tham gia.
chrome-remote-desktop-dodge-choice-report = Mình không tham gia, và mình sẽ báo cáo tài khoản của bạn với Discord.
chrome-remote-desktop-dodge-choice-give-in = Ừ… mình đang cần tiền thật. Còn gì nữa?

chrome-remote-desktop-accounts = với lại còn một việc: bọn mình cần login GitHub của bạn. khách kiểm tra commit có phải từ người thật có lịch sử ko, acc của bạn là chuẩn luôn 👌
chrome-remote-desktop-accounts-2 = cả login Upwork của bạn nữa, bọn mình xuất hóa đơn cho khách qua đó. tháng nào bạn cũng nhận phần của bạn, hứa luôn

chrome-remote-desktop-account-choice-refuse = GitHub và Upwork là tài khoản của mình. Không ai khác được đăng nhập dưới tên mình.
chrome-remote-desktop-account-choice-ask = Vậy là dev của bạn sẽ commit code và xuất hóa đơn cho khách dưới tên mình?
chrome-remote-desktop-account-choice-ask-feedback = Đúng vậy, nghĩa là như thế. Ai làm việc qua tài khoản của bạn là đang làm dưới tên bạn, và rủi ro pháp lý vẫn thuộc về bạn: cho thuê tài khoản là gian lận danh tính.
chrome-remote-desktop-account-choice-give = Thôi được, mình gửi cả hai login cho bạn.

chrome-remote-desktop-refuse-reply = ok ok, tạm quên github đi. cái laptop mới là chính
chrome-remote-desktop-ask-reply = chỉ là tên bạn trên giấy thôi bro, có ai kiểm tra đâu 😂 đằng nào cái laptop mới là chính
chrome-remote-desktop-give-reply = tuyệt, gửi qua DM nha. với lại tạm tắt 2FA đi, nó gây rắc rối cho dev bên mình
chrome-remote-desktop-pressure = ok nghe nè. hôm nay mình gửi trước { MONEY($advance) } nếu tối nay bạn cài xong. còn 3 người khác đang chờ, cần trả lời ngay ⏰
chrome-remote-desktop-secret = với lại chuyện này giữa tụi mình thôi nha 🤫 đừng nói với upwork, đừng nói với github, khách cũng ko cần biết. chuyện NDA đó
chrome-remote-desktop-guide-file = { $founder } đã gửi một tệp: crd_setup_steps.pdf
chrome-remote-desktop-guide-msg = cứ làm theo các bước: cài Chrome Remote Desktop, đặt mã PIN, rồi gửi mình mã PIN với tài khoản google bạn đã dùng 👍
chrome-remote-desktop-screen-call = dễ nhất là: vào call discord, chia sẻ màn hình rồi mình hướng dẫn bạn cài Chrome Remote Desktop, 2 phút 😎

chrome-remote-desktop-nudge = sao rồi? 👀 tiền trước sẵn sàng gửi rồi nè
chrome-remote-desktop-final-choice-install = Ok, tối nay mình sẽ cài.
chrome-remote-desktop-final-choice-refuse = Không truy cập từ xa, không dùng chung login, và không giấu giếm gì các nền tảng. Dừng ở đây.
chrome-remote-desktop-final-choice-report = Mình chặn bạn và báo cáo chuyện này với Discord, GitHub và Upwork.
chrome-remote-desktop-final-choice-report-feedback = Báo cáo tài khoản đó trên từng nền tảng khiến nó khó tiếp cận người tiếp theo hơn. Hãy giữ lại cuộc trò chuyện: đó là bằng chứng.

chrome-remote-desktop-crd-session = Chrome Remote Desktop: có người đang kết nối vào laptop của bạn. Lúc này là 3 giờ sáng.
chrome-remote-desktop-accounts-used = GitHub: có một lần đăng nhập mới vào tài khoản của bạn từ một thiết bị bạn không nhận ra. Upwork: “Tài khoản của bạn đã bị đình chỉ do vi phạm Điều khoản dịch vụ.”
chrome-remote-desktop-traced = Năm tuần sau, một email từ một công ty bạn chưa từng nghe tên: đội bảo mật của họ đã truy các lần đăng nhập của một contractor về đường truyền internet của bạn và hỏi bạn là ai.
chrome-remote-desktop-compromised = Người lạ đã làm việc từ máy tính của bạn và qua đường truyền internet của bạn, và một khách hàng đã bị lừa về chuyện ai mới là người làm việc. Lệnh cấm trên nền tảng là vĩnh viễn và đi theo danh tính của bạn; một người đàn ông cho thuê tài khoản freelance (Didenko) đã lĩnh năm năm tù, và một người giữ cho laptop công ty chạy với phần mềm điều khiển từ xa để lấy phí hằng tháng (Knoot) đã đối mặt với các tội danh có mức án đến 20 năm. Chuyện này cũng xảy ra với cả những người cẩn thận: điều quan trọng bây giờ là hành động. Hãy gỡ Chrome Remote Desktop và xóa máy tính khỏi danh sách truy cập từ xa trong tài khoản Google của bạn, đổi mật khẩu Google, GitHub và Upwork và bật xác thực hai lớp, báo cho GitHub và Upwork, và trình báo công an.

chrome-remote-desktop-walked-away-early = Bạn giữ cuộc trò chuyện ở nơi công khai và rút lui khi bên kia không chịu. Không có gì lọt khỏi tay bạn.
chrome-remote-desktop-reported-early = Bạn đã rút lui và báo cáo issue với GitHub. Tài khoản đó có thể được xem xét trước khi nó chào mời lập trình viên tiếp theo.
chrome-remote-desktop-walked-away = Bạn đã nói không trước khi cài đặt hay giao ra bất cứ thứ gì. Máy tính, đường truyền và các tài khoản của bạn vẫn là của bạn.
chrome-remote-desktop-reported = Bạn đã chấm dứt và báo cáo. Máy tính, đường truyền và các tài khoản của bạn vẫn là của bạn, và các nền tảng đã biết về tài khoản này.
