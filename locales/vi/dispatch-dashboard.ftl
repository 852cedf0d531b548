# Kịch bản “legit-time-tracker”: một khách hàng đàng hoàng. Một công ty logistics nhỏ thuê bạn
# theo hợp đồng tính giờ trên Upwork. Biến: $client (tên một người đàn ông), $fleet (trucks hoặc
# vans), $rate (đô la mỗi giờ), $hours (số giờ mỗi tuần), $bonus (đô la).
# Khách hàng là nam, điều hành vận tải chứ không phải dân công nghệ. Anh viết lịch sự, ấm áp,
# câu đủ ý, cả câu chuyện chỉ có một emoji. Anh xưng “tôi”, gọi người chơi là “bạn”; người chơi
# xưng “mình”, gọi anh là “anh”.

legit-time-tracker-title = Dashboard điều phối
legit-time-tracker-summary = Một công ty logistics nhỏ cần người giúp lập kế hoạch tuyến đường, trả theo giờ.
legit-time-tracker-cast-client = { $client }

legit-time-tracker-invite = { $client } từ Fennwick Freight đã mời bạn phỏng vấn cho công việc “Dashboard lập kế hoạch tuyến đường (Python), tính theo giờ”.
legit-time-tracker-hello = Xin chào, cảm ơn bạn đã xem qua! Tôi là { $client }, tôi điều hành hoạt động ở Fennwick Freight. Chúng tôi là một công ty logistics nhỏ với 14 { $fleet ->
    [trucks] xe tải
   *[vans] xe van giao hàng
} và một văn phòng điều phối ba người.
legit-time-tracker-need = Nhân viên điều phối của chúng tôi vẫn lập tuyến đường trên một bảng tính đã phình ra quá lớn. Chúng tôi đã có vài script Python và muốn có một dashboard đơn giản chạy trên đó.
legit-time-tracker-call = Trước khi gửi lời mời hợp đồng, tôi muốn gọi video 20 phút ngay trên Upwork với trưởng nhóm của chúng tôi. Nói trước luôn: công ty cỡ chúng tôi thì trưởng nhóm chính là tôi 😄
legit-time-tracker-call-choice-accept = Nghe ổn ạ. Khi nào anh tiện? Buổi sáng thì mình dễ sắp xếp nhất.
legit-time-tracker-call-choice-who = Sẵn lòng ạ. Vậy trong cuộc gọi chỉ có hai chúng ta thôi, phải không anh?
legit-time-tracker-call-choice-who-feedback = Đặt câu hỏi lúc nào cũng ổn. Ở đây khách hàng muốn gặp chính bạn, người sẽ làm việc, qua tính năng gọi của chính nền tảng. Đó là tuyển dụng bình thường.
legit-time-tracker-call-choice-refuse = Trước khi có hợp đồng mình không muốn gọi video. Viết thì tiện cho mình hơn.
legit-time-tracker-call-choice-refuse-feedback = Tự mình gặp khách hàng là một phần của việc tuyển dụng đàng hoàng. Dấu hiệu cảnh báo là bị nhờ lên video thay cho người khác, và ở đây không phải vậy.
legit-time-tracker-no-call = Không sao, ta trao đổi bằng văn bản. Tôi vẫn muốn biết mặt người mình làm việc cùng, nhưng đánh giá của bạn đã nói lên tất cả.

legit-time-tracker-call-time = Tuyệt, cảm ơn bạn! Mai 10 giờ tôi sẽ bắt đầu cuộc gọi từ khung chat này, nếu bạn tiện.
legit-time-tracker-in-call = Cuộc gọi video trên Upwork với { $client }, 20 phút. Bạn xem bảng tính điều phối và kể về hai dự án trước đây của mình.
legit-time-tracker-screen = Bạn chia sẻ màn hình một phút và cho tôi xem cái dashboard trong dự án gần nhất mà bạn nhắc đến được không? Chỉ màn hình thôi, không gì khác.
legit-time-tracker-screen-choice-share = Được anh, mình chia sẻ màn hình ngay và mở dashboard đó lên.
legit-time-tracker-screen-choice-window = Tất nhiên. Mình chỉ chia sẻ đúng cửa sổ trình duyệt đang mở dashboard thôi.
legit-time-tracker-screen-choice-window-feedback = Thói quen tốt. Chia sẻ màn hình trong cuộc gọi nghĩa là bạn cho xem một thứ và vẫn nắm quyền kiểm soát; truy cập từ xa nghĩa là người khác điều khiển máy tính của bạn. Ở đây là trường hợp thứ nhất.
legit-time-tracker-screen-choice-refuse = Xin lỗi, mình không chia sẻ màn hình. Lừa đảo truy cập từ xa bắt đầu như vậy.
legit-time-tracker-screen-choice-refuse-feedback = Cẩn thận là tốt, nhưng tự chia sẻ màn hình của mình trong cuộc gọi không trao cho ai quyền điều khiển máy tính của bạn. Dấu hiệu cảnh báo là yêu cầu cài AnyDesk, TeamViewer hay phần mềm tương tự.
legit-time-tracker-screen-no = Không sao cả. Ảnh chụp màn hình trong portfolio của bạn là đủ rồi.
legit-time-tracker-call-thanks = Cảm ơn bạn, thật sự rất hữu ích. Tôi sẽ gửi lời mời hợp đồng ngay.

legit-time-tracker-offer = { $client } đã gửi cho bạn lời mời hợp đồng trên Upwork: tính theo giờ, { MONEY($rate) } mỗi giờ, tối đa { $hours } giờ mỗi tuần, thanh toán hằng tuần qua Upwork.
legit-time-tracker-started = Bạn chấp nhận lời mời. Hợp đồng đã bắt đầu.
legit-time-tracker-tracker = Chào mừng bạn vào nhóm! Vì là hợp đồng tính giờ, bạn vui lòng ghi thời gian bằng ứng dụng Upwork trên máy tính. Hãy tải nó từ chính trang web của Upwork, đừng tải qua bất kỳ link nào tôi gửi. Như vậy giờ làm của bạn được chế độ bảo vệ hợp đồng theo giờ của Upwork bảo đảm.
legit-time-tracker-tracker-info = Upwork: Để ghi thời gian cho hợp đồng tính giờ, hãy dùng ứng dụng Upwork trên máy tính. Ứng dụng ghi lại thời gian và thỉnh thoảng chụp màn hình, chỉ trong lúc bạn đang bấm giờ cho một hợp đồng.
legit-time-tracker-tracker-choice-install = Vâng. Trong hôm nay mình sẽ tải nó từ chính trang của Upwork.
legit-time-tracker-tracker-choice-check = Được ạ. Mình sẽ đọc điều khoản tính giờ trong trợ giúp của Upwork trước.
legit-time-tracker-tracker-choice-check-feedback = Kiểm tra là thói quen tốt, và ở đây nó xác nhận lời khách hàng: công cụ chấm giờ là của chính Upwork, cài từ Upwork, không phải ứng dụng điều khiển từ xa của người lạ.
legit-time-tracker-tracker-choice-refuse = Mình không cài phần mềm theo yêu cầu khách hàng. Mình nhập giờ tay được không?
legit-time-tracker-tracker-choice-refuse-feedback = Lo lắng là dễ hiểu, nhưng đây là ứng dụng của chính nền tảng, tải từ nền tảng, và chỉ chạy khi bạn bấm giờ. Nó không cho khách hàng quyền điều khiển máy tính của bạn.
legit-time-tracker-manual = Tôi hiểu nỗi lo. Đó là ứng dụng của chính Upwork, và nó chỉ chạy khi bạn bắt đầu bấm giờ cho hợp đồng này; nó không thể điều khiển máy tính của bạn. Nhập giờ tay cũng được, nhưng khi đó không có bảo vệ hợp đồng theo giờ. Bạn thử dùng xem nhé?
legit-time-tracker-manual-choice-install = Anh giải thích vậy thì được. Mình sẽ cài nó từ trang của Upwork.
legit-time-tracker-manual-choice-manual-only = Mình vẫn muốn nhập giờ tay hơn, dù không có chế độ bảo vệ.
legit-time-tracker-manual-choice-leave = Mình thấy không yên tâm với mọi chuyện. Mình xin chấm dứt hợp đồng ở đây.

legit-time-tracker-diary = Thứ Hai: những giờ làm đầu tiên được bấm giờ của bạn hiện trong nhật ký công việc của hợp đồng trên Upwork, sẵn sàng cho kỳ thanh toán tuần này.

legit-time-tracker-insurer = Tôi e là có một việc hành chính. Công ty bảo hiểm của chúng tôi muốn lưu giấy tờ tùy thân của mọi người có thể xem địa chỉ khách hàng. Bạn gửi cho tôi ảnh hộ chiếu của bạn ngay trong khung chat này được không? Tôi sẽ chuyển thẳng cho họ.
legit-time-tracker-id-choice-send = Dạ được. Là cho bên bảo hiểm của anh mà, mình chụp hộ chiếu rồi đính kèm ở đây.
legit-time-tracker-id-choice-send-feedback = Khách hàng đàng hoàng, nhưng ảnh hộ chiếu trong chat sẽ nằm trong lịch sử trò chuyện và hộp thư mà bạn không kiểm soát được, và giấy tờ như vậy cho phép người khác mở tài khoản dưới tên bạn. Chỉ xác minh danh tính qua quy trình của chính nền tảng.
legit-time-tracker-id-choice-mark = Thôi được. Mình gửi bản sao có ghi chéo “chỉ dành cho bảo hiểm của Fennwick”.
legit-time-tracker-id-choice-mark-feedback = Ghi chữ lên bản sao giúp được chút ít, nhưng bản scan vẫn rời khỏi tay bạn và nằm trong những khung chat bạn không kiểm soát. Quy trình xác minh danh tính của chính Upwork mới là câu trả lời cho bên bảo hiểm.
legit-time-tracker-id-choice-upwork = Mình không muốn gửi hộ chiếu qua chat. Upwork đã xác minh danh tính mình rồi; vậy được không anh?
legit-time-tracker-id-choice-upwork-feedback = Đúng vậy: danh tính của bạn được kiểm tra qua quy trình của chính nền tảng, không phải bằng cách gửi giấy tờ cho khách hàng. Và khách hàng chấp nhận lời từ chối ngay, như một khách hàng đàng hoàng.
legit-time-tracker-id-thanks = Cảm ơn bạn, tôi đã chuyển cho bên bảo hiểm.
legit-time-tracker-id-ok = Hợp lý, lẽ ra tôi phải nghĩ ra điều đó. Tôi đã hỏi bên bảo hiểm: việc bạn được Upwork xác minh danh tính cùng với hợp đồng là đủ với họ.

legit-time-tracker-github = Bước tiếp theo: tôi đã mời bạn vào tổ chức GitHub của công ty. Bạn vui lòng chấp nhận bằng tài khoản GitHub của chính bạn; repository là riêng tư.
legit-time-tracker-github-invite = GitHub: { $client } đã mời bạn tham gia tổ chức Fennwick Freight.
legit-time-tracker-github-choice-accept = Mình chấp nhận rồi. Mình thấy repository và đang đọc README.
legit-time-tracker-github-choice-own = Đã chấp nhận bằng tài khoản của mình, có bật đăng nhập hai lớp.
legit-time-tracker-github-choice-own-feedback = Đúng như nên làm: tài khoản của chính bạn, đăng nhập của chính bạn, quyền truy cập vào code của khách hàng. Không ai đòi mật khẩu hay thiết bị của bạn.
legit-time-tracker-github-choice-refuse = Mình muốn ở lại Upwork hơn. Anh gửi code ở đây dạng file zip được không?
legit-time-tracker-github-choice-refuse-feedback = Nguyên tắc là giữ trao đổi và thanh toán trên nền tảng trước khi có hợp đồng. Ở đây hợp đồng và thanh toán đã nằm trên Upwork, và làm việc trong repository của khách hàng là một phần bình thường của công việc.
legit-time-tracker-github-thanks = Tuyệt. README có hướng dẫn cài đặt. Có câu hỏi gì cứ hỏi ở đây trên Upwork nhé.
legit-time-tracker-zip-reply = Lúc đầu làm vậy cũng được. Nhưng với một dự án dài hơn thì code cần nằm ở một chỗ, nên bạn cân nhắc giúp tôi nhé.

legit-time-tracker-bonus = Tuần đầu rất suôn sẻ, và các nhân viên điều phối rất thích chế độ xem bản đồ! Tôi đã gửi bạn một khoản thưởng nhỏ qua Upwork để cảm ơn.
legit-time-tracker-bonus-in = Upwork: { $client } đã gửi bạn khoản thưởng { MONEY($bonus) }.
legit-time-tracker-bonus-choice-thanks = Anh chu đáo quá, cảm ơn anh! Mình vui vì bản đồ giúp được.
legit-time-tracker-bonus-choice-check = Cảm ơn anh! Cho mình hỏi: mình không phải gửi lại hay chuyển cho ai, đúng không?
legit-time-tracker-bonus-choice-check-feedback = Một câu hỏi nên hỏi. Ở đây câu trả lời là “không gì cả”: khoản thưởng đến qua Upwork, cho công việc của bạn, và nó là của bạn.
legit-time-tracker-bonus-choice-refund = Tiền cho không nghe như lừa đảo. Xin lỗi anh, mình muốn hoàn lại.
legit-time-tracker-bonus-choice-refund-feedback = Dấu hiệu cảnh báo là tiền không cần làm gì, hoặc tiền bạn bị nhờ chuyển tiếp. Khoản thưởng qua nền tảng sau một tuần làm việc thật không phải cả hai điều đó.
legit-time-tracker-bonus-reply = Không lừa đảo đâu, tôi hứa! Nó đến qua nút thưởng của Upwork, cho một tuần đầu tốt. Nó là của bạn, không phải gửi đi đâu cả.

legit-time-tracker-nda = Còn một việc: repository chứa địa chỉ khách hàng của chúng tôi, nên bạn vui lòng giữ bí mật những dữ liệu đó. Thỏa thuận bảo mật (NDA) được đính kèm vào hợp đồng trên Upwork.
legit-time-tracker-nda-choice-agree = Tất nhiên. Mình đã đọc NDA trong hợp đồng và đồng ý với nó.
legit-time-tracker-nda-choice-ask = Vâng. Bảo mật với bên thứ ba, chứ không phải với Upwork, đúng không?
legit-time-tracker-nda-choice-ask-feedback = Một phân biệt sắc bén. Giữ kín dữ liệu khách hàng của khách hàng là bình thường; bị yêu cầu giấu thỏa thuận khỏi nền tảng thì không.
legit-time-tracker-nda-choice-refuse = Với mình, giữ bí mật là dấu hiệu cảnh báo. Mình sẽ không ký thứ như vậy.
legit-time-tracker-nda-choice-refuse-feedback = Dấu hiệu cảnh báo là giấu thỏa thuận khỏi nền tảng, hoặc xóa tin nhắn. Bảo vệ dữ liệu khách hàng của khách hàng là chuyện thường, và nó được ghi vào hợp đồng Upwork cho mọi người thấy.
legit-time-tracker-nda-reply = Đúng vậy, chỉ dữ liệu khách hàng của chúng tôi. Upwork xem được toàn bộ hợp đồng, kể cả NDA.
legit-time-tracker-nda-no = Tôi rất tiếc. Không có NDA thì chúng tôi không thể cho bạn truy cập dữ liệu khách hàng, nên đành phải kết thúc hợp đồng ở đây. Cảm ơn bạn vì công việc của tuần đầu tiên.
legit-time-tracker-missed-nda = Công việc kết thúc vì một điều khoản bảo mật bình thường. Giữ kín dữ liệu khách hàng của khách hàng là một phần của công việc đàng hoàng; dấu hiệu cảnh báo là giữ bí mật với nền tảng. Bạn đã được trả cho những giờ đã làm, qua Upwork.

legit-time-tracker-hired = Bạn có một công việc tính giờ ổn định. Cuộc gọi là với chính khách hàng, công cụ chấm giờ là của nền tảng, và quyền truy cập code chỉ đến sau khi hợp đồng bắt đầu. Yêu cầu duy nhất nên từ chối là gửi ảnh hộ chiếu qua chat: việc xác minh của chính Upwork đã đủ.
legit-time-tracker-hired-manual = Bạn có việc, với giờ làm nhập tay. Cách đó vẫn được, nhưng không có công cụ chấm giờ thì giờ làm không được Upwork bảo vệ theo chế độ hợp đồng tính giờ. Công cụ chấm giờ là của chính nền tảng, không phải ứng dụng điều khiển từ xa. Yêu cầu duy nhất nên từ chối là gửi ảnh hộ chiếu qua chat.
legit-time-tracker-missed = Bạn đã rời bỏ một khách hàng đàng hoàng. Cẩn thận là tốt; nhưng ở đây mọi yêu cầu đều đến từ công cụ của chính nền tảng hoặc sau khi có hợp đồng. Lần sau, hãy kiểm tra trước: trang trợ giúp của Upwork đã có thể xác nhận công cụ chấm giờ.

legit-time-tracker-fine-proxy-verification = Cuộc gọi video là với chính khách hàng, trên Upwork, để gặp bạn, người sẽ làm việc. Dấu hiệu cảnh báo là bị nhờ lên video, hay vượt một bước kiểm tra, thay cho người khác.
legit-time-tracker-fine-remote-access = Chia sẻ màn hình của chính bạn trong cuộc gọi, và cài công cụ chấm giờ của Upwork từ trang của Upwork, không trao cho ai quyền điều khiển máy tính của bạn. Dấu hiệu cảnh báo là yêu cầu cài AnyDesk, TeamViewer hay phần mềm tương tự để người khác làm việc từ máy của bạn.
legit-time-tracker-fine-off-platform = Lời mời vào GitHub đến sau khi hợp đồng đã bắt đầu, thanh toán vẫn ở trên Upwork, và bạn tham gia bằng tài khoản của chính mình. Rời nền tảng là rủi ro khi chưa có hợp đồng, hoặc khi việc thanh toán cũng bị chuyển đi.
legit-time-tracker-fine-easy-money = Khoản thưởng đến qua nút thưởng của chính Upwork, sau một tuần làm việc thật, và không có gì phải gửi lại hay chuyển đi. Tiền dễ kiếm là tiền cho việc rất ít hoặc không có việc, hoặc tiền bạn bị nhờ chuyển tiếp.
legit-time-tracker-fine-secrecy = NDA bảo vệ dữ liệu khách hàng của khách hàng, và được đính kèm vào hợp đồng Upwork để nền tảng thấy được. Giữ bí mật là dấu hiệu cảnh báo khi bạn bị yêu cầu giấu thỏa thuận khỏi nền tảng.
