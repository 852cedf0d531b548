# Kịch bản “hiring-payment-redirect”: công ty nhỏ của người chơi tiếp tục làm việc với một lập
# trình viên tìm được trên Upwork. Biến: $dev (lập trình viên), $colleague (lập trình viên trưởng
# của người chơi), $payout (usdt hoặc uncle: cách lập trình viên muốn được trả lúc đầu),
# $friend1 và $friend2 (tên GitHub của hai “người bạn”), $invoice (đô la), $demand (đô la).
# Lập trình viên nhắn thân thiện, nhanh, có vài lỗi nhỏ. Đồng nghiệp viết ngắn gọn, đúng sự việc.
# Người chơi luôn xưng “mình” (công ty là “bọn mình”), để cách xưng hô không để lộ đáp án.

hiring-payment-redirect-title = Trả tiền cho chú tôi
hiring-payment-redirect-summary = Một lập trình viên bạn tìm được trên Upwork làm việc tốt, và công ty nhỏ của bạn muốn giữ người này lại. Rồi thông tin thanh toán bắt đầu thay đổi.
hiring-payment-redirect-cast-dev = { $dev }
hiring-payment-redirect-cast-colleague = { $colleague }

hiring-payment-redirect-context = Bạn tìm thấy { $dev } trên Upwork ba tháng trước. Công việc tốt, và công ty bạn sắp chuyển sang hợp đồng trực tiếp, thanh toán theo hóa đơn hằng tháng.
hiring-payment-redirect-hi = Chào! Mình nhận được bản nháp hợp đồng rồi, nhìn ổn lắm 👍 hôm nay mình ký luôn
hiring-payment-redirect-pay-ask = { $payout ->
    [usdt] có một chuyện nhỏ: với các hóa đơn, bạn trả cho mình bằng USDT thay vì chuyển khoản ngân hàng được ko? nhanh hơn mà cả hai bên đều ko mất phí 😅
   *[uncle] có một chuyện nhỏ: với các hóa đơn, bạn trả vào tài khoản của chú mình ở nước ngoài được ko? ngân hàng bên Mỹ của mình đang có vấn đề, chỉ tạm thời thôi 😅
}

hiring-payment-redirect-pay-choice-own-name = Bọn mình trả bằng chuyển khoản vào tài khoản đứng tên chính bạn, như với mọi người khác.
hiring-payment-redirect-pay-choice-why = Sao tiền công của bạn lại phải { $payout ->
    [usdt] chuyển thành crypto
   *[uncle] chuyển cho chú bạn ở nước ngoài
}? Hồ sơ của bạn ghi là bạn sống ở Austin mà.
hiring-payment-redirect-pay-choice-why-feedback = Câu hỏi hay. Tiền công chuyển vào crypto hoặc vào tài khoản của người khác ở nước ngoài chính là cách dòng tiền thoát ra; khuyến cáo của Hoa Kỳ về lao động IT Triều Tiên nêu đích danh điều này.
hiring-payment-redirect-pay-choice-ok = Được, bạn ghi thông tin vào hóa đơn đầu tiên nhé.

hiring-payment-redirect-pay-reply = ok ok ko sao 👍 vậy chuyển khoản ngân hàng, mình gửi thông tin kèm hóa đơn nha
hiring-payment-redirect-pay-ok = tuyệt, cảm ơn nhiều!! mình sẽ ghi vào hóa đơn 🙏

hiring-payment-redirect-access-ask = mà cho mình quyền truy cập mấy repo khác luôn được ko? app mobile với mấy công cụ admin. mình muốn giúp nhiều hơn 💪
hiring-payment-redirect-referral = Còn tin vui cho bạn nè 😄 hai người bạn của mình là dev giỏi lắm và đang rảnh: @{ $friend1 } và @{ $friend2 } trên GitHub. Cùng mức giá như mình, mình bảo đảm cho họ 💯
hiring-payment-redirect-github-check = Bạn mở cả hai hồ sơ GitHub. Tài khoản nào cũng mới được tạo năm tuần trước, vậy mà có commit mỗi ngày kéo ngược về tận 2019, tất cả trong vài repository nhỏ.

hiring-payment-redirect-referral-choice-vet = Cảm ơn bạn! Họ cứ ứng tuyển. Họ sẽ đi qua quy trình bình thường của bọn mình, có phỏng vấn video trực tiếp và người tham chiếu.
hiring-payment-redirect-referral-choice-vet-feedback = Đúng vậy: ứng viên được giới thiệu cũng phải qua các bước kiểm tra như mọi người. Tài khoản mới toanh mà có lịch sử nhiều năm được ghi lùi ngày là một dấu hiệu đã biết của một nhóm đang cài nhiều người làm vào.
hiring-payment-redirect-referral-choice-ask = Lạ nhỉ: cả hai tài khoản mới năm tuần tuổi mà có commit từ 2019. Sao lại vậy được?
hiring-payment-redirect-referral-choice-hire = Bạn đã bảo đảm thì vậy là đủ. Cứ giới thiệu họ qua; tuần sau họ có thể bắt đầu.

hiring-payment-redirect-vet-reply = ok ok, mình sẽ nói với họ 👍
hiring-payment-redirect-referral-reply = họ chuyển từ site khác qua và import lịch sử vào thôi 🙂 hoàn toàn bình thường

hiring-payment-redirect-mismatch = Tiêu đề: Hợp đồng của { $dev }. Chào bạn! Lúc chuẩn bị hợp đồng mình đã so các hồ sơ. Upwork ghi Austin, Texas; LinkedIn ghi Toronto. CV cũng ghi một trường đại học khác, và một chỗ làm khác cho giai đoạn 2019 đến 2022, so với LinkedIn. Bạn có muốn hỏi về chuyện này trước khi ký không?
hiring-payment-redirect-mismatch-choice-video = Có. Mình gọi video trực tiếp với { $dev }, bật camera, và xem qua các điểm khác nhau trước khi ký bất cứ gì.
hiring-payment-redirect-mismatch-choice-video-feedback = Đúng vậy. Những điểm khác nhau giữa các hồ sơ đáng để trao đổi trực tiếp; một người thật thường giải thích được trong một phút.
hiring-payment-redirect-mismatch-choice-ask = Bạn hỏi { $dev } bằng văn bản để giải thích các điểm khác nhau giúp mình nhé.
hiring-payment-redirect-mismatch-choice-ignore = Có ai cập nhật LinkedIn đâu. Đừng làm chậm mọi việc.

hiring-payment-redirect-ignore-reply = Được, bạn quyết. Hôm nay mình sẽ gửi hợp đồng đi.
hiring-payment-redirect-dev-explain = Tiêu đề: RE: câu hỏi. Chào! xin lỗi vì gây nhầm lẫn, LinkedIn cũ rồi, mình chuyển chỗ ở nhiều lắm 😅 Còn gọi video: camera của mình giờ ko tốt lắm, mình làm qua chat được ko?

hiring-payment-redirect-invoice-1 = Tiêu đề: Hóa đơn #1. Chào! Hóa đơn đính kèm, { MONEY($invoice) }. Lưu ý thông tin ngân hàng MỚI nha: ngân hàng cũ tự dưng đóng tài khoản của mình 🙄 tài khoản mới ở một ngân hàng nước ngoài, đứng tên anh họ mình, nhưng ko sao, ảnh chuyển tiền lại cho mình.
hiring-payment-redirect-invoice-file = Tệp đính kèm: invoice_1.pdf. { MONEY($invoice) }, thanh toán vào một tài khoản ở nước ngoài đứng tên người khác.
hiring-payment-redirect-two-days = Hai ngày sau, lại có một email khác từ { $dev }.
hiring-payment-redirect-invoice-2 = Tiêu đề: RE: Hóa đơn #1. Xin lỗi!! dùng tài khoản này thay nha, cái kia có vấn đề rồi. gấp lắm, mình sắp tới hạn trả tiền nhà 🙏

hiring-payment-redirect-invoice-choice-verify = Bọn mình chỉ trả vào tài khoản đứng tên chính bạn. Gửi thông tin của một tài khoản như vậy, và bọn mình sẽ xác nhận với bạn qua cuộc gọi video trực tiếp trước khi trả.
hiring-payment-redirect-invoice-choice-verify-feedback = Chính xác. Thông tin thay đổi hết lần này đến lần khác, đứng tên người khác và ở nước ngoài, tự nó đã là dấu hiệu cảnh báo. Xác nhận qua một kênh bạn tin tưởng chặn được phần lớn các vụ gian lận thanh toán.
hiring-payment-redirect-invoice-choice-end = Quá nhiều thay đổi và quá nhiều điểm khác nhau. Bọn mình chấm dứt hợp đồng và báo cáo tài khoản này với Upwork.
hiring-payment-redirect-invoice-choice-pay = Được, đã trả vào tài khoản mới nhất.

hiring-payment-redirect-verify-reply = sao phức tạp vậy 😩 ok ok, mình sẽ thử mở tài khoản, cho mình vài ngày
hiring-payment-redirect-paid-event = Đã chuyển khoản: { MONEY($invoice) } vào tài khoản ở nước ngoài.
hiring-payment-redirect-code-alert = Tiêu đề: Khẩn. Nhật ký kiểm tra GitHub của bọn mình cho thấy đêm qua { $dev } đã clone toàn bộ các repository riêng tư. Mã nguồn ứng dụng của bọn mình giờ nằm trong một tài khoản GitHub cá nhân mang tên người đó.
hiring-payment-redirect-extortion = Tôi thấy bạn hỏi nhiều quá. Nếu bạn chấm dứt hợp đồng của tôi, tôi sẽ công khai mã nguồn của bạn. Trả { MONEY($demand) } bằng USDT và tôi xóa hết. Bạn có 48 giờ.
hiring-payment-redirect-silent = { $dev } không trả lời nữa. Tài khoản cá nhân chứa mã nguồn của bạn vẫn đang online.

hiring-payment-redirect-after-choice-report = Bọn mình cắt mọi quyền truy cập ngay, giữ lại nhật ký, không trả đồng nào, và báo cáo với Upwork và IC3 của FBI (ic3.gov).
hiring-payment-redirect-after-choice-report-feedback = Đúng vậy: cắt quyền truy cập trước, và không đưa tiền cho bất kỳ ai đe dọa bạn; trả tiền hiếm khi chấm dứt được một lời đòi hỏi. Nhật ký, hóa đơn và email là những gì Upwork và các nhà điều tra cần.
hiring-payment-redirect-after-choice-end = Hôm nay bọn mình cắt mọi quyền truy cập và chấm dứt hợp đồng.
hiring-payment-redirect-after-choice-quiet = Cứ im lặng và đừng chọc giận ai. Có khi chuyện tự qua.

hiring-payment-redirect-later = Hai tuần sau, { $dev } vẫn còn quyền truy cập vào hệ thống của bạn, và một email gửi đến: trả tiền, nếu không mã nguồn của bạn sẽ bị công khai.
hiring-payment-redirect-friends-too = Hai “người bạn” mà bạn đã nhận vào đều đăng nhập từ cùng một địa chỉ IP với { $dev }.
hiring-payment-redirect-money-gone = Ngân hàng của bạn cho biết các khoản đã chuyển ra nước ngoài khó có khả năng lấy lại.
hiring-payment-redirect-compromised = Bạn đã trả tiền cho một người không phải là người như các hồ sơ nói, và mã nguồn của bạn đang nằm trong tay họ. Khuyến cáo của Hoa Kỳ về lao động IT Triều Tiên liệt kê việc đòi trả bằng crypto hoặc vào tài khoản ở nước ngoài, và thông tin thanh toán liên tục thay đổi, là những dấu hiệu cảnh báo; FBI cảnh báo về việc đánh cắp mã nguồn và tống tiền sau khi được tuyển; Liên Hợp Quốc liên hệ nguồn thu này với các chương trình vũ khí. Chuyện này cũng xảy ra với cả những công ty cẩn thận. Điều quan trọng bây giờ: cắt mọi quyền truy cập, đổi mật khẩu và khóa truy cập, giữ lại mọi email và hóa đơn, đừng trả khoản bị đòi, báo cho ngân hàng, và báo cáo với Upwork và IC3 của FBI (ic3.gov).

hiring-payment-redirect-reported-early = Bạn đã dừng lại trước khi tiền đi mất. Thanh toán vào tài khoản của người khác ở nước ngoài, thông tin thay đổi hai lần, các hồ sơ không khớp nhau: gộp lại là đủ, và giờ Upwork đã biết.
hiring-payment-redirect-walked-away = Bạn đã cắt quyền truy cập và chấm dứt hợp đồng mà không trả tiền cho ai. Hãy giữ lại nhật ký và email: nếu mã nguồn xuất hiện ở đâu đó, chúng là bằng chứng của bạn.
hiring-payment-redirect-reported = Bạn đã cắt quyền truy cập, không trả đồng nào và báo cáo. Upwork có thể ngăn danh tính này bị dùng lại, và hồ sơ của bạn bổ sung vào những gì FBI biết về các đường dây này.
