# Kịch bản “legit-time-tracker”: một khách hàng đàng hoàng. Một công ty logistics nhỏ thuê bạn
# theo hợp đồng tính giờ trên Upwork. Biến: $client (một cái tên), $fleet (trucks hoặc vans),
# $rate (đô la mỗi giờ), $hours (số giờ mỗi tuần), $bonus (đô la).
# Khách hàng viết lịch sự, mộc mạc, như người điều hành vận tải chứ không phải dân công nghệ.
# Người chơi luôn xưng “mình” (như trong mọi kịch bản), để cách xưng hô không để lộ đáp án.

legit-time-tracker-title = Dashboard điều phối
legit-time-tracker-summary = Một công ty logistics nhỏ cần người giúp lập kế hoạch tuyến đường, trả theo giờ.
legit-time-tracker-cast-client = { $client }

legit-time-tracker-invite = { $client } từ Fennwick Freight đã mời bạn phỏng vấn cho công việc “Dashboard lập kế hoạch tuyến đường (Python), tính theo giờ”.
legit-time-tracker-hello = Xin chào, cảm ơn bạn đã xem qua! Tôi là { $client }, tôi điều hành hoạt động ở Fennwick Freight. Chúng tôi là một công ty logistics nhỏ với 14 { $fleet ->
    [trucks] xe tải
   *[vans] xe van giao hàng
} và một văn phòng điều phối ba người.
legit-time-tracker-need = Nhân viên điều phối của chúng tôi vẫn lập tuyến đường trên một bảng tính đã phình ra quá lớn. Chúng tôi đã có vài script Python và muốn có một dashboard đơn giản chạy trên đó.
legit-time-tracker-call = Trước khi gửi lời mời hợp đồng, tôi muốn có một cuộc gọi video 20 phút ngay trên Upwork với trưởng nhóm của chúng tôi. Nói trước luôn: công ty cỡ chúng tôi thì trưởng nhóm chính là tôi 😄
legit-time-tracker-call-choice-accept = Nghe ổn đó. Khi nào thì tiện cho bạn?
legit-time-tracker-call-choice-who = Rất sẵn lòng. Vậy trong cuộc gọi chỉ có hai chúng ta thôi à?
legit-time-tracker-call-choice-who-feedback = Đặt câu hỏi lúc nào cũng ổn. Ở đây khách hàng muốn gặp chính bạn, người sẽ làm việc, qua tính năng gọi của chính nền tảng. Đó là tuyển dụng bình thường.
legit-time-tracker-call-choice-refuse = Mình không muốn gọi video trước khi có hợp đồng.
legit-time-tracker-call-choice-refuse-feedback = Tự mình gặp khách hàng là một phần của việc tuyển dụng đàng hoàng. Dấu hiệu cảnh báo là bị yêu cầu lên video thay cho người khác, và ở đây không phải vậy.
legit-time-tracker-no-call = Được thôi, chúng ta có thể trao đổi bằng văn bản. Tôi muốn được thấy mặt người mình làm việc cùng, nhưng các đánh giá của bạn đã nói lên tất cả.

legit-time-tracker-call-time = Tuyệt, cảm ơn bạn! Tôi sẽ bắt đầu cuộc gọi từ khung chat này lúc 10 giờ sáng mai, nếu bạn thấy tiện.
legit-time-tracker-in-call = Cuộc gọi video trên Upwork với { $client }, 20 phút. Bạn được xem bảng tính điều phối, và hai người cùng nói về hai dự án trước đây của bạn.
legit-time-tracker-screen = Bạn có thể chia sẻ màn hình một phút và cho tôi xem cái dashboard bạn nhắc tới trong dự án gần nhất không? Chỉ màn hình thôi, không gì khác.
legit-time-tracker-screen-choice-share = Được, mình chia sẻ ngay đây.
legit-time-tracker-screen-choice-window = Được, mình sẽ chỉ chia sẻ đúng cửa sổ đó.
legit-time-tracker-screen-choice-window-feedback = Thói quen tốt. Chia sẻ màn hình trong cuộc gọi nghĩa là bạn cho xem một thứ và vẫn nắm quyền kiểm soát; truy cập từ xa nghĩa là người khác điều khiển máy tính của bạn. Ở đây là kiểu thứ nhất.
legit-time-tracker-screen-choice-refuse = Xin lỗi, mình không chia sẻ màn hình. Các vụ lừa truy cập từ xa bắt đầu như vậy đó.
legit-time-tracker-screen-choice-refuse-feedback = Cẩn thận là tốt, nhưng cho xem màn hình của chính bạn trong cuộc gọi do bạn tự thao tác không trao cho ai quyền điều khiển máy tính của bạn. Dấu hiệu cảnh báo là yêu cầu cài AnyDesk, TeamViewer hay phần mềm tương tự.
legit-time-tracker-screen-no = Hoàn toàn không sao. Ảnh chụp màn hình trong portfolio của bạn là đủ.

legit-time-tracker-call-thanks = Cảm ơn bạn, cuộc gọi rất hữu ích. Tôi sẽ gửi lời mời hợp đồng cho bạn ngay.
legit-time-tracker-offer = { $client } đã gửi cho bạn một lời mời trên Upwork: hợp đồng tính giờ, { MONEY($rate) } một giờ, tối đa { $hours } giờ mỗi tuần, thanh toán hằng tuần qua Upwork.
legit-time-tracker-started = Bạn chấp nhận lời mời. Hợp đồng đã bắt đầu.
legit-time-tracker-tracker = Chào mừng bạn đến với dự án! 🎉 Vì tính theo giờ, bạn ghi giờ làm bằng ứng dụng Upwork trên máy tính nhé. Hãy tải nó từ chính trang của Upwork, đừng tải từ bất kỳ link nào tôi gửi. Như vậy số giờ của bạn được chương trình bảo vệ hợp đồng tính giờ của Upwork bảo đảm.
legit-time-tracker-tracker-info = Upwork: Để ghi giờ cho hợp đồng tính giờ, hãy dùng ứng dụng Upwork trên máy tính. Ứng dụng ghi lại thời gian và thỉnh thoảng chụp ảnh màn hình, chỉ trong lúc bạn đang bấm giờ cho một hợp đồng.
legit-time-tracker-tracker-choice-install = Được. Hôm nay mình sẽ tải nó từ trang của Upwork.
legit-time-tracker-tracker-choice-check = Được. Mình sẽ xem trước các điều khoản tính giờ trong trang trợ giúp của Upwork.
legit-time-tracker-tracker-choice-check-feedback = Kiểm tra là thói quen tốt, và ở đây nó xác nhận điều khách hàng nói: công cụ theo dõi là của chính Upwork, cài từ Upwork, không phải ứng dụng điều khiển từ xa của một người lạ.
legit-time-tracker-tracker-choice-refuse = Mình không cài phần mềm cho khách hàng. Mình tự nhập giờ bằng tay được không?
legit-time-tracker-tracker-choice-refuse-feedback = Một nỗi lo hợp lý, nhưng đây là ứng dụng của chính nền tảng, tải từ nền tảng, và nó chỉ chạy khi bạn bấm giờ. Nó không cho khách hàng quyền điều khiển máy tính của bạn.
legit-time-tracker-tracker-choice-leave = Nghe như lừa đảo. Mình không tham gia.
legit-time-tracker-manual = Tôi hiểu nỗi lo đó. Đó là ứng dụng của chính Upwork, và nó chỉ chạy khi bạn bắt đầu bấm giờ cho hợp đồng này; nó không thể điều khiển máy tính của bạn. Nhập giờ thủ công cũng được, nhưng không được chương trình bảo vệ hợp đồng tính giờ bảo đảm. Bạn thử dùng xem sao nhé?
legit-time-tracker-manual-choice-install = Nói vậy thì được. Mình sẽ cài nó từ trang của Upwork.
legit-time-tracker-manual-choice-manual-only = Mình vẫn muốn nhập giờ bằng tay hơn, không cần bảo vệ.
legit-time-tracker-manual-choice-leave = Mình thấy không yên tâm. Mình sẽ chấm dứt hợp đồng.

legit-time-tracker-diary = Thứ Hai: những giờ đầu tiên bạn bấm giờ hiện trong nhật ký công việc (work diary) của hợp đồng trên Upwork, sẵn sàng để tính tiền tuần này.
legit-time-tracker-github = Bước tiếp theo: tôi đã mời bạn vào organization GitHub của công ty. Bạn chấp nhận bằng tài khoản GitHub của chính bạn nhé; repository là riêng tư.
legit-time-tracker-github-invite = GitHub: { $client } đã mời bạn tham gia organization Fennwick Freight.
legit-time-tracker-github-choice-accept = Đã chấp nhận, mình thấy repository rồi.
legit-time-tracker-github-choice-own = Đã chấp nhận bằng tài khoản của mình. Mình có bật xác thực hai lớp.
legit-time-tracker-github-choice-own-feedback = Đúng như cần phải thế: tài khoản của chính bạn, đăng nhập của chính bạn, quyền truy cập mã nguồn của khách hàng. Không ai đòi mật khẩu hay thiết bị của bạn.
legit-time-tracker-github-choice-refuse = Mình muốn ở lại trên Upwork hơn. Bạn gửi mã nguồn dạng file zip ở đây được không?
legit-time-tracker-github-choice-refuse-feedback = Quy tắc là giữ trao đổi và thanh toán trên nền tảng trước khi có hợp đồng. Ở đây hợp đồng và thanh toán đã nằm trên Upwork, và làm việc trong repository mã nguồn của khách hàng là một phần bình thường của công việc.
legit-time-tracker-github-thanks = Tuyệt. README có giải thích cách cài đặt. Có câu hỏi gì cứ hỏi ở đây trên Upwork nhé.
legit-time-tracker-zip-reply = Lúc đầu thì làm vậy cũng được. Nhưng với một dự án dài hơn, chúng tôi cần mã nguồn ở một chỗ, nên bạn cân nhắc thêm nhé.

legit-time-tracker-bonus = Tuần đầu rất suôn sẻ, nhân viên điều phối rất thích phần xem bản đồ! Tôi đã gửi bạn một khoản thưởng nhỏ qua Upwork để cảm ơn.
legit-time-tracker-bonus-in = Upwork: { $client } đã gửi cho bạn khoản thưởng { MONEY($bonus) }.
legit-time-tracker-bonus-choice-thanks = Bạn thật chu đáo, cảm ơn bạn!
legit-time-tracker-bonus-choice-check = Cảm ơn bạn! Chỉ để mình biết: không phải gửi lại hay chuyển cho ai, đúng không?
legit-time-tracker-bonus-choice-check-feedback = Một câu nên hỏi. Ở đây câu trả lời là “không gì cả”: khoản thưởng đến qua Upwork, cho công việc của bạn, và bạn được giữ nó.
legit-time-tracker-bonus-choice-refund = Tiền cho không à? Nghe như lừa đảo. Mình muốn hoàn lại.
legit-time-tracker-bonus-choice-refund-feedback = Dấu hiệu cảnh báo là tiền mà không cần làm gì, hoặc tiền bạn bị nhờ chuyển đi. Một khoản thưởng qua nền tảng, sau một tuần làm việc thật, không phải cả hai thứ đó.
legit-time-tracker-bonus-reply = Haha, không phải lừa đảo đâu, tôi hứa! Nó được gửi qua nút thưởng của Upwork cho một tuần đầu làm tốt. Đó là của bạn, không phải gửi đi đâu cả.

legit-time-tracker-nda = Thêm một việc: repository chứa địa chỉ khách hàng của chúng tôi, nên bạn vui lòng giữ bí mật dữ liệu đó. Thỏa thuận bảo mật (NDA) được đính kèm hợp đồng trên Upwork.
legit-time-tracker-nda-choice-agree = Tất nhiên. Mình đã đọc NDA và thấy ổn.
legit-time-tracker-nda-choice-ask = Được. Chỉ để chắc chắn: bảo mật với bên thứ ba, chứ không phải với Upwork, đúng không?
legit-time-tracker-nda-choice-ask-feedback = Một sự phân biệt sắc bén. Giữ kín dữ liệu khách hàng của khách hàng là bình thường; bị yêu cầu giấu thỏa thuận với nền tảng thì không.
legit-time-tracker-nda-choice-refuse = Giữ bí mật là dấu hiệu cảnh báo. Mình sẽ không ký bất cứ thứ gì như vậy.
legit-time-tracker-nda-choice-refuse-feedback = Dấu hiệu cảnh báo là giấu thỏa thuận với nền tảng, hoặc xóa các cuộc trò chuyện. Bảo vệ dữ liệu khách hàng của khách hàng là chuyện bình thường, và nó được ghi trong hợp đồng Upwork cho mọi người cùng thấy.
legit-time-tracker-nda-reply = Chính xác, chỉ dữ liệu khách hàng của chúng tôi thôi. Upwork thấy được toàn bộ hợp đồng, kể cả NDA.
legit-time-tracker-nda-no = Tôi rất tiếc khi nghe vậy. Không có NDA thì chúng tôi không thể cho bạn truy cập dữ liệu khách hàng, nên chúng tôi đành phải chấm dứt hợp đồng ở đây. Cảm ơn bạn vì công việc tuần đầu tiên.
legit-time-tracker-missed-nda = Công việc kết thúc chỉ vì một điều khoản bảo mật bình thường. Giữ kín dữ liệu khách hàng của khách hàng là một phần của công việc đàng hoàng; dấu hiệu cảnh báo là giữ bí mật với nền tảng. Bạn đã được trả cho những giờ đã làm, qua Upwork.

legit-time-tracker-hired = Bạn có một công việc tính giờ ổn định. Mọi yêu cầu trông có vẻ lạ đều là phần bình thường của một dự án thật: một cuộc gọi với chính khách hàng, công cụ theo dõi thời gian của chính nền tảng, quyền truy cập mã nguồn của khách hàng sau khi hợp đồng đã bắt đầu.
legit-time-tracker-hired-manual = Bạn đã có việc, với số giờ được nhập bằng tay. Cách đó vẫn được, nhưng không có công cụ theo dõi thì số giờ không được chương trình bảo vệ hợp đồng tính giờ của Upwork bảo đảm. Công cụ theo dõi là của chính nền tảng, không phải ứng dụng điều khiển từ xa.
legit-time-tracker-missed = Bạn đã rời bỏ một khách hàng đàng hoàng. Cẩn thận là tốt; ở đây mọi yêu cầu đều đến từ công cụ của chính nền tảng hoặc sau khi đã có hợp đồng. Lần sau, hãy kiểm tra trước: trang trợ giúp của Upwork lẽ ra đã xác nhận công cụ theo dõi.
