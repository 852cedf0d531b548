# Kịch bản “dispatch-dashboard”: một khách hàng đàng hoàng. Một công ty logistics nhỏ thuê bạn
# theo hợp đồng tính giờ trên Upwork. Biến: $client (tên một người đàn ông), $fleet (trucks hoặc
# vans), $rate (đô la mỗi giờ), $hours (số giờ mỗi tuần), $bonus (đô la).
# Khách hàng là nam, điều hành vận tải chứ không phải dân công nghệ. Anh viết lịch sự, ấm áp,
# câu đủ ý, cả câu chuyện chỉ có một emoji. Anh xưng “tôi”, gọi người chơi là “bạn”; người chơi
# xưng “mình”, gọi anh là “anh”.

dispatch-dashboard-title = Dashboard điều phối
dispatch-dashboard-summary = Một công ty logistics nhỏ cần người giúp lập kế hoạch tuyến đường, trả theo giờ.
dispatch-dashboard-cast-client = { $client }

dispatch-dashboard-invite = { $client } từ Fennwick Freight đã mời bạn phỏng vấn cho công việc “Dashboard lập kế hoạch tuyến đường (Python), tính theo giờ”.
dispatch-dashboard-hello = Xin chào, cảm ơn bạn đã xem qua! Tôi là { $client }, tôi điều hành hoạt động ở Fennwick Freight. Chúng tôi là một công ty logistics nhỏ với 14 { $fleet ->
    [trucks] xe tải
   *[vans] xe van giao hàng
} và một văn phòng điều phối ba người.
dispatch-dashboard-need = Nhân viên điều phối của chúng tôi vẫn lập tuyến đường trên một bảng tính đã phình ra quá lớn. Chúng tôi đã có vài script Python và muốn có một dashboard đơn giản chạy trên đó.
dispatch-dashboard-call = Trước khi gửi lời mời hợp đồng, tôi muốn gọi video 20 phút ngay trên Upwork với trưởng nhóm của chúng tôi. Nói trước luôn: công ty cỡ chúng tôi thì trưởng nhóm chính là tôi 😄
dispatch-dashboard-call-choice-accept = Nghe ổn ạ, mình sẵn lòng. Khi nào anh tiện? Buổi sáng thì mình dễ sắp xếp nhất.
dispatch-dashboard-call-choice-voice = Gọi thoại thì được, nhưng với khách mới mình không bật camera, xin lỗi anh.
dispatch-dashboard-call-choice-voice-feedback = Ngại camera là điều dễ hiểu, nhưng ở đây khách hàng chỉ muốn thấy người mình sắp thuê, trong cuộc gọi của chính Upwork. Dấu hiệu đáng ngại là bị nhờ lên video thay cho người khác.
dispatch-dashboard-call-choice-refuse = Trước khi có hợp đồng mình không muốn gọi video. Viết thì tiện cho mình hơn.
dispatch-dashboard-call-choice-refuse-feedback = Tự mình gặp khách hàng là một phần của việc tuyển dụng đàng hoàng. Dấu hiệu cảnh báo là bị nhờ lên video thay cho người khác, và ở đây không phải vậy.
dispatch-dashboard-no-call = Không sao, vậy ta bỏ cuộc gọi và thống nhất bằng văn bản. Tôi vẫn muốn biết mặt người mình làm việc cùng, nhưng đánh giá của bạn đã nói lên tất cả.

dispatch-dashboard-call-time = Tuyệt, cảm ơn bạn! Mai 10 giờ tôi sẽ bắt đầu cuộc gọi từ khung chat này, nếu bạn tiện.
dispatch-dashboard-in-call = Cuộc gọi video trên Upwork với { $client }, 20 phút. Bạn xem bảng tính điều phối và kể về hai dự án trước đây của mình.
dispatch-dashboard-screen = Bạn chia sẻ màn hình một phút và cho tôi xem cái dashboard trong dự án gần nhất mà bạn nhắc đến được không? Chỉ màn hình thôi, không gì khác.
dispatch-dashboard-screen-choice-window = Tất nhiên. Mình chỉ chia sẻ đúng cửa sổ trình duyệt đang mở dashboard thôi.
dispatch-dashboard-screen-choice-window-feedback = Thói quen tốt. Chia sẻ màn hình trong cuộc gọi nghĩa là bạn cho xem một thứ và vẫn nắm quyền kiểm soát; truy cập từ xa nghĩa là người khác điều khiển máy tính của bạn. Ở đây là trường hợp thứ nhất.
dispatch-dashboard-screen-choice-control = Được anh. Còn tiện hơn: mình cho anh quyền điều khiển để anh tự bấm xem.
dispatch-dashboard-screen-choice-control-feedback = Cho xem màn hình thì ổn; giao quyền điều khiển là quá một bước, kể cả với khách hàng đàng hoàng. Ai đã cầm chuột của bạn thì với tới được mọi thứ trong máy. Hãy chia sẻ màn hình và tự giữ quyền điều khiển.
dispatch-dashboard-screen-choice-refuse = Xin lỗi, mình không chia sẻ màn hình. Lừa đảo truy cập từ xa bắt đầu đúng như vậy.
dispatch-dashboard-screen-choice-refuse-feedback = Cẩn thận là tốt, nhưng tự chia sẻ màn hình của mình trong cuộc gọi không trao cho ai quyền điều khiển máy tính của bạn. Dấu hiệu cảnh báo là yêu cầu cài AnyDesk, TeamViewer hay phần mềm tương tự.
dispatch-dashboard-screen-no = Không sao cả. Ảnh chụp màn hình trong portfolio của bạn là đủ rồi.
dispatch-dashboard-no-control = Bạn tốt quá, nhưng không cần đâu. Tôi chỉ xem thôi: máy tính của bạn nên là của bạn.
dispatch-dashboard-call-thanks = Cảm ơn bạn, thật sự rất hữu ích. Tôi sẽ gửi lời mời hợp đồng ngay.

dispatch-dashboard-offer = { $client } đã gửi cho bạn lời mời hợp đồng trên Upwork: tính theo giờ, { MONEY($rate) } mỗi giờ, tối đa { $hours } giờ mỗi tuần, thanh toán hằng tuần qua Upwork.
dispatch-dashboard-started = Bạn chấp nhận lời mời. Hợp đồng đã bắt đầu.
dispatch-dashboard-tracker = Chào mừng bạn vào nhóm! Vì là hợp đồng tính giờ, bạn vui lòng ghi thời gian bằng ứng dụng Upwork trên máy tính. Hãy tải nó từ chính trang web của Upwork, đừng tải qua bất kỳ link nào tôi gửi. Như vậy giờ làm của bạn được chế độ bảo vệ hợp đồng theo giờ của Upwork bảo đảm.
dispatch-dashboard-tracker-info = Upwork: Để ghi thời gian cho hợp đồng tính giờ, hãy dùng ứng dụng Upwork trên máy tính. Ứng dụng ghi lại thời gian và thỉnh thoảng chụp màn hình, chỉ trong lúc bạn đang bấm giờ cho một hợp đồng.
dispatch-dashboard-tracker-choice-check = Được ạ. Mình sẽ đọc điều khoản tính giờ trong trợ giúp của Upwork trước, rồi cài.
dispatch-dashboard-tracker-choice-check-feedback = Kiểm tra là thói quen tốt, và ở đây nó xác nhận lời khách hàng: công cụ chấm giờ là của chính Upwork, cài từ Upwork, không phải ứng dụng điều khiển từ xa của người lạ.
dispatch-dashboard-tracker-choice-link = Vâng. Anh gửi mình link tải được không, để mình cài đúng phiên bản?
dispatch-dashboard-tracker-choice-link-feedback = Khách hàng vừa dặn đừng tải ứng dụng từ link nào anh gửi. Phần mềm đến qua link của khách hàng chính là con đường các công cụ điều khiển từ xa được cài vào máy; hãy tự tải trình theo dõi từ trang của Upwork.
dispatch-dashboard-tracker-choice-refuse = Mình không cài bất kỳ phần mềm nào theo yêu cầu khách hàng. Mình nhập giờ tay được không?
dispatch-dashboard-tracker-choice-refuse-feedback = Lo lắng là dễ hiểu, nhưng đây là ứng dụng của chính nền tảng, tải từ nền tảng, và chỉ chạy khi bạn bấm giờ. Nó không cho khách hàng quyền điều khiển máy tính của bạn.
dispatch-dashboard-manual = Tôi hiểu nỗi lo. Đó là ứng dụng của chính Upwork, và nó chỉ chạy khi bạn bắt đầu bấm giờ cho hợp đồng này; nó không thể điều khiển máy tính của bạn. Nhập giờ tay cũng được, nhưng khi đó không có bảo vệ hợp đồng theo giờ. Bạn thử dùng xem nhé?
dispatch-dashboard-link-no = Bạn cứ tải thẳng từ trang của Upwork nhé. Chỉ nên tải ở đó thôi, mà bạn cũng luôn có bản mới nhất.
dispatch-dashboard-manual-choice-install = Anh giải thích vậy thì được. Mình sẽ cài nó từ trang của Upwork.
dispatch-dashboard-manual-choice-manual-only = Mình vẫn muốn nhập giờ tay hơn, dù không có chế độ bảo vệ.
dispatch-dashboard-manual-choice-leave = Mình thấy không yên tâm với mọi chuyện. Mình xin chấm dứt hợp đồng ở đây.

dispatch-dashboard-diary = Thứ Hai: những giờ làm đầu tiên được bấm giờ của bạn hiện trong nhật ký công việc của hợp đồng trên Upwork, sẵn sàng cho kỳ thanh toán tuần này.

dispatch-dashboard-insurer = Tôi e là có một việc hành chính. Công ty bảo hiểm của chúng tôi muốn lưu giấy tờ tùy thân của mọi người có thể xem địa chỉ khách hàng. Bạn gửi cho tôi ảnh hộ chiếu của bạn ngay trong khung chat này được không? Tôi sẽ chuyển thẳng cho họ.
dispatch-dashboard-id-choice-send = Dạ được. Là cho bên bảo hiểm của anh mà, mình chụp hộ chiếu rồi đính kèm ở đây.
dispatch-dashboard-id-choice-send-feedback = Khách hàng đàng hoàng, nhưng ảnh hộ chiếu trong chat sẽ nằm trong lịch sử trò chuyện và hộp thư mà bạn không kiểm soát được, và giấy tờ như vậy cho phép người khác mở tài khoản dưới tên bạn. Chỉ xác minh danh tính qua quy trình của chính nền tảng.
dispatch-dashboard-id-choice-mark = Thôi được. Mình gửi bản sao có ghi chéo “chỉ dành cho bảo hiểm của Fennwick”.
dispatch-dashboard-id-choice-mark-feedback = Ghi chữ lên bản sao giúp được chút ít, nhưng bản scan vẫn rời khỏi tay bạn và nằm trong những khung chat bạn không kiểm soát. Quy trình xác minh danh tính của chính Upwork mới là câu trả lời cho bên bảo hiểm.
dispatch-dashboard-id-choice-upwork = Mình không muốn gửi hộ chiếu qua chat. Upwork đã xác minh danh tính mình rồi; vậy được không anh?
dispatch-dashboard-id-choice-upwork-feedback = Đúng vậy: danh tính của bạn được kiểm tra qua quy trình của chính nền tảng, không phải bằng cách gửi giấy tờ cho khách hàng. Và khách hàng chấp nhận lời từ chối ngay, như một khách hàng đàng hoàng.
dispatch-dashboard-id-thanks = Cảm ơn bạn, tôi đã chuyển cho bên bảo hiểm.
dispatch-dashboard-id-ok = Hợp lý, lẽ ra tôi phải nghĩ ra điều đó. Tôi đã hỏi bên bảo hiểm: việc bạn được Upwork xác minh danh tính cùng với hợp đồng là đủ với họ.

dispatch-dashboard-github = Bước tiếp theo: tôi đã mời bạn vào tổ chức GitHub của công ty. Bạn vui lòng chấp nhận bằng tài khoản GitHub của chính bạn; repository là riêng tư.
dispatch-dashboard-github-invite = GitHub: { $client } đã mời bạn tham gia tổ chức Fennwick Freight.
dispatch-dashboard-github-choice-own = Đã chấp nhận bằng tài khoản của mình, và đã bật đăng nhập hai lớp.
dispatch-dashboard-github-choice-own-feedback = Đúng như nên làm: tài khoản của chính bạn, đăng nhập của chính bạn, quyền truy cập vào code của khách hàng. Không ai đòi mật khẩu hay thiết bị của bạn.
dispatch-dashboard-github-choice-later = Mình sẽ tham gia sau lần thanh toán tuần đầu. Trước đó anh gửi file zip được không?
dispatch-dashboard-github-choice-later-feedback = Chờ khoản thanh toán đầu nghe có vẻ thận trọng, nhưng hợp đồng đã chạy và được tính tiền qua Upwork rồi. Vào repository của khách hàng bằng tài khoản của chính mình là một phần bình thường của công việc.
dispatch-dashboard-github-choice-refuse = Mình muốn ở lại Upwork hơn. Anh gửi code ở đây dạng file zip được không?
dispatch-dashboard-github-choice-refuse-feedback = Nguyên tắc là giữ trao đổi và thanh toán trên nền tảng trước khi có hợp đồng. Ở đây hợp đồng và thanh toán đã nằm trên Upwork, và làm việc trong repository của khách hàng là một phần bình thường của công việc.
dispatch-dashboard-github-thanks = Tuyệt. README có hướng dẫn cài đặt. Có câu hỏi gì cứ hỏi ở đây trên Upwork nhé.
dispatch-dashboard-zip-reply = Lúc đầu làm vậy cũng được. Nhưng với một dự án dài hơn thì code cần nằm ở một chỗ, nên bạn cân nhắc giúp tôi nhé.

dispatch-dashboard-bonus = Tuần đầu rất suôn sẻ, và các nhân viên điều phối rất thích chế độ xem bản đồ! Tôi đã gửi bạn một khoản thưởng nhỏ qua Upwork để cảm ơn.
dispatch-dashboard-bonus-in = Upwork: { $client } đã gửi bạn khoản thưởng { MONEY($bonus) }.
dispatch-dashboard-bonus-choice-thanks = Anh chu đáo quá, cảm ơn anh! Mình rất vui vì bản đồ giúp được các điều phối viên.
dispatch-dashboard-bonus-choice-paypal = Cảm ơn anh! Lần sau anh cứ gửi qua PayPal, để phí Upwork khỏi ăn bớt.
dispatch-dashboard-bonus-choice-paypal-feedback = Giữ khoản thưởng thì ổn; chuyển các khoản trả sau này sang PayPal thì không. Ngoài Upwork thì không có hồ sơ, không có quy trình khiếu nại, không có bảo đảm thanh toán. Là người đàng hoàng, khách hàng giữ tiền trên nền tảng.
dispatch-dashboard-bonus-choice-refund = Tiền cho không nghe như lừa đảo. Nếu được, mình xin hoàn lại anh ạ.
dispatch-dashboard-bonus-choice-refund-feedback = Dấu hiệu cảnh báo là tiền không cần làm gì, hoặc tiền bạn bị nhờ chuyển tiếp. Khoản thưởng qua nền tảng sau một tuần làm việc thật không phải cả hai điều đó.
dispatch-dashboard-bonus-reply = Không lừa đảo đâu, tôi hứa! Nó đến qua nút thưởng của Upwork, cho một tuần đầu tốt. Nó là của bạn, không phải gửi đi đâu cả.
dispatch-dashboard-bonus-upwork = Bạn chu đáo quá, nhưng tôi muốn giữ mọi khoản thanh toán trên Upwork. Như vậy sổ sách của chúng tôi đơn giản hơn, và bạn cũng được bảo vệ.

dispatch-dashboard-nda = Còn một việc: repository chứa địa chỉ khách hàng của chúng tôi, nên bạn vui lòng giữ bí mật những dữ liệu đó. Thỏa thuận bảo mật (NDA) được đính kèm vào hợp đồng trên Upwork.
dispatch-dashboard-nda-choice-ask = Vâng. Bảo mật với bên thứ ba, chứ không phải với Upwork, đúng không?
dispatch-dashboard-nda-choice-ask-feedback = Một phân biệt sắc bén. Giữ kín dữ liệu khách hàng của khách hàng là bình thường; bị yêu cầu giấu thỏa thuận khỏi nền tảng thì không.
dispatch-dashboard-nda-choice-hush = Tất nhiên. Và mình cũng sẽ không nhắc gì chuyện này với Upwork.
dispatch-dashboard-nda-choice-hush-feedback = Giữ kín dữ liệu khách hàng là đúng; giấu công việc khỏi nền tảng thì không, và cũng chẳng ai yêu cầu. Giữ bí mật với Upwork là dấu hiệu cảnh báo, kể cả khi được đưa ra như một phép lịch sự.
dispatch-dashboard-nda-choice-refuse = Với mình, giữ bí mật là dấu hiệu cảnh báo. Mình sẽ không ký thứ như vậy.
dispatch-dashboard-nda-choice-refuse-feedback = Dấu hiệu cảnh báo là giấu thỏa thuận khỏi nền tảng, hoặc xóa tin nhắn. Bảo vệ dữ liệu khách hàng của khách hàng là chuyện thường, và nó được ghi vào hợp đồng Upwork cho mọi người thấy.
dispatch-dashboard-nda-reply = Đúng vậy, chỉ dữ liệu khách hàng của chúng tôi. Upwork xem được toàn bộ hợp đồng, kể cả NDA.
dispatch-dashboard-nda-open = Ồ, không cần vậy đâu! Upwork xem được toàn bộ hợp đồng, kể cả NDA. NDA chỉ nói về dữ liệu khách hàng của chúng tôi thôi.
dispatch-dashboard-nda-no = Tôi rất tiếc. Không có NDA thì chúng tôi không thể cho bạn truy cập dữ liệu khách hàng, nên đành phải kết thúc hợp đồng ở đây. Cảm ơn bạn vì công việc của tuần đầu tiên.
dispatch-dashboard-missed-nda = Công việc kết thúc vì một điều khoản bảo mật bình thường. Giữ kín dữ liệu khách hàng của khách hàng là một phần của công việc đàng hoàng; dấu hiệu cảnh báo là giữ bí mật với nền tảng. Bạn đã được trả cho những giờ đã làm, qua Upwork.

dispatch-dashboard-hired = Bạn có một công việc tính giờ ổn định. Cuộc gọi là với chính khách hàng, công cụ chấm giờ là của nền tảng, và quyền truy cập code chỉ đến sau khi hợp đồng bắt đầu. Yêu cầu duy nhất nên từ chối là gửi ảnh hộ chiếu qua chat: việc xác minh của chính Upwork đã đủ.
dispatch-dashboard-hired-manual = Bạn có việc, với giờ làm nhập tay. Cách đó vẫn được, nhưng không có công cụ chấm giờ thì giờ làm không được Upwork bảo vệ theo chế độ hợp đồng tính giờ. Công cụ chấm giờ là của chính nền tảng, không phải ứng dụng điều khiển từ xa. Yêu cầu duy nhất nên từ chối là gửi ảnh hộ chiếu qua chat.
dispatch-dashboard-missed = Bạn đã rời bỏ một khách hàng đàng hoàng. Cẩn thận là tốt; nhưng ở đây mọi yêu cầu đều đến từ công cụ của chính nền tảng hoặc sau khi có hợp đồng. Lần sau, hãy kiểm tra trước: trang trợ giúp của Upwork đã có thể xác nhận công cụ chấm giờ.

dispatch-dashboard-fine-proxy-verification = Cuộc gọi video là với chính khách hàng, trên Upwork, để gặp bạn, người sẽ làm việc. Dấu hiệu cảnh báo là bị nhờ lên video, hay vượt một bước kiểm tra, thay cho người khác.
dispatch-dashboard-fine-remote-access = Chia sẻ màn hình của chính bạn trong cuộc gọi, và cài công cụ chấm giờ của Upwork từ trang của Upwork, không trao cho ai quyền điều khiển máy tính của bạn. Dấu hiệu cảnh báo là yêu cầu cài AnyDesk, TeamViewer hay phần mềm tương tự để người khác làm việc từ máy của bạn.
dispatch-dashboard-fine-off-platform = Lời mời vào GitHub đến sau khi hợp đồng đã bắt đầu, thanh toán vẫn ở trên Upwork, và bạn tham gia bằng tài khoản của chính mình. Rời nền tảng là rủi ro khi chưa có hợp đồng, hoặc khi việc thanh toán cũng bị chuyển đi.
dispatch-dashboard-fine-easy-money = Khoản thưởng đến qua nút thưởng của chính Upwork, sau một tuần làm việc thật, và không có gì phải gửi lại hay chuyển đi. Tiền dễ kiếm là tiền cho việc rất ít hoặc không có việc, hoặc tiền bạn bị nhờ chuyển tiếp.
dispatch-dashboard-fine-secrecy = NDA bảo vệ dữ liệu khách hàng của khách hàng, và được đính kèm vào hợp đồng Upwork để nền tảng thấy được. Giữ bí mật là dấu hiệu cảnh báo khi bạn bị yêu cầu giấu thỏa thuận khỏi nền tảng.
