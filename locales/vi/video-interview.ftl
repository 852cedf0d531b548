# Kịch bản “video-interview”: người chơi ứng tuyển qua một trang tuyển dụng vào Wrenfield
# Systems, một công ty quy mô vừa làm phần mềm quản lý kho (công ty hư cấu). Một nhà tuyển dụng
# trả lời qua email và hẹn phỏng vấn video trên một ứng dụng họp quen thuộc; lúc bắt đầu, camera
# của người chơi không lên hình.
# Biến: $recruiter (tên một người phụ nữ), $manager (tên một người đàn ông: quản lý tuyển dụng,
# trưởng nhóm web), $monthly (đô la mỗi tháng), $weekday (tuesday hoặc thursday, dùng cho bộ
# chọn), $app (meet hoặc zoom, dùng cho bộ chọn: Google Meet hoặc Zoom).
# Giọng: thoải mái. Nhà tuyển dụng viết thân thiện, câu ngắn, tiếng Việt đôi chỗ hơi vụng như
# người không phải bản ngữ (không bao giờ để chế giễu); cô ấy xưng “tôi”, gọi người chơi là
# “bạn”, hay dùng “nhé”. Người quản lý đang vội, viết cộc và thân mật, xưng “mình”, gọi người
# chơi là “bạn”. Người chơi luôn xưng “mình”, như trong mọi kịch bản. Phản hồi và phần kết gọi
# người chơi là “bạn”. Vài tin bắt đầu bằng chữ thường, vài tin có emoji.
# Trong cuộc gọi video, tin nhắn là lời nói thành tiếng; sự kiện là những gì người chơi thấy.

video-interview-title = Vị trí frontend ở một công ty phần mềm quản lý kho
video-interview-summary = Bạn ứng tuyển qua một trang tuyển dụng, và một nhà tuyển dụng mời bạn phỏng vấn video.
video-interview-cast-recruiter = { $recruiter }
video-interview-cast-manager = { $manager }

video-interview-applied = Hai tuần trước, bạn ứng tuyển qua một trang tuyển dụng vào vị trí “Frontend developer (làm từ xa, toàn thời gian)” ở Wrenfield Systems. Hôm nay có email từ { $recruiter }, nhà tuyển dụng của Wrenfield.
video-interview-hello = Chào bạn! Tôi là { $recruiter }, nhóm tuyển dụng của Wrenfield Systems. Cảm ơn bạn đã ứng tuyển vị trí frontend, portfolio của bạn xem rất thích.
video-interview-role = Nói ngắn về bên tôi: khoảng 400 người, làm phần mềm quản lý kho cho các nhà bán lẻ ở châu Âu. Vị trí là React và TypeScript, làm từ xa hoàn toàn, hợp đồng lao động đứng tên bạn, { MONEY($monthly) } mỗi tháng. Quản lý tuyển dụng là { $manager }, anh ấy làm trưởng nhóm web.
video-interview-questionnaire = bước đầu là một bảng hỏi nhỏ, chỉ năm câu: stack chính, số năm kinh nghiệm, múi giờ, thời gian báo nghỉ việc và mức lương mong muốn. Bạn cứ trả lời ngay trong email này, mất 5 phút thôi

video-interview-q-choice-answer = Được: React và TypeScript, sáu năm, giờ CET, báo nghỉ một tháng. Mức lương phù hợp.
video-interview-q-choice-later = Lương và thời gian báo nghỉ thì để sau nhé, khi mình thấy lời mời làm việc thật.
video-interview-q-choice-later-feedback = Đây là những câu mọi nhà tuyển dụng đều hỏi, về công việc của bạn chứ không phải danh tính. Hãy để dành lời từ chối cho những gì cho phép người khác hành động như bạn hoặc trên máy của bạn: giấy tờ, đăng nhập, cài đặt.
video-interview-q-choice-passport = Câu trả lời ở dưới. Mình gửi kèm luôn hộ chiếu để HR có sẵn nhé.
video-interview-q-choice-passport-feedback = Không ai yêu cầu, và bản scan hộ chiếu nằm trong hộp thư của ai đó có thể trôi đến bất cứ đâu. Kể cả với nhà tuyển dụng đàng hoàng, giấy tờ tùy thân chỉ nộp vào hệ thống HR của chính họ, khi hợp đồng cần.

video-interview-q-later-reply = ok không sao, vậy mình nói chuyện này trong buổi phỏng vấn nhé.
video-interview-q-id-reply = Cảm ơn bạn đã trả lời! Nhưng đừng gửi hộ chiếu qua email nhé 🙈 giấy tờ bên tôi chỉ cần sau này, trong hệ thống HR. Tôi đã xóa file của bạn rồi.

video-interview-video-ask = Bước tiếp theo là phỏng vấn video với { $manager } và tôi, 45 phút, vào { $weekday ->
    [tuesday] thứ Ba
   *[other] thứ Năm
} lúc 10:00. Bạn bật camera giúp nhé, anh ấy thích thấy người mình đang nói chuyện. Ứng viên nào cũng vậy.

video-interview-video-choice-yes = Được nhé. Mình sẽ bật camera, mười giờ có mặt.
video-interview-video-choice-voice = Gọi thoại thôi được không? Không có camera mình bình tĩnh hơn nhiều.
video-interview-video-choice-voice-feedback = Gặp qua video với tư cách chính bạn, cho công việc bạn tự làm, là chuyện bình thường và không làm lộ gì cả. Dấu hiệu cảnh báo là khi bạn bị nhờ xuất hiện, hay vượt qua một bước kiểm tra, thay cho người khác.
video-interview-video-choice-withdraw = Dạo này gọi video với người lạ làm mình lo. Mình xin rút hồ sơ.

video-interview-voice-reply = Tôi hiểu, nhưng vòng phỏng vấn cuối thì { $manager } luôn muốn có video, với mọi ứng viên. Tôi gửi lời mời có camera nhé, nếu thật sự có vấn đề thì bạn nhắn tôi trước.

video-interview-invite = Một lời mời lịch đến từ địa chỉ Wrenfield của { $recruiter }: “Phỏng vấn: Frontend developer”, { $weekday ->
    [tuesday] thứ Ba
   *[other] thứ Năm
} lúc 10:00, kèm đường dẫn { $app ->
    [meet] Google Meet
   *[other] Zoom
}.
video-interview-invite-note = Đã gửi lời mời rồi! Đường dẫn mở thẳng { $app ->
    [meet] Google Meet
   *[other] Zoom
}, chắc bạn có sẵn rồi? Nếu chưa thì tải từ trang chính thức, ngoài ra không cần cài gì cả. Hẹn gặp bạn!

video-interview-link-choice-accept = [Chấp nhận lời mời. Đường dẫn mở ứng dụng bạn vẫn đang dùng]
video-interview-link-choice-own-page = Công ty có trang họp riêng không? Mình tin trang đó hơn.
video-interview-link-choice-own-page-feedback = Trang họp hay ứng dụng họp “riêng” của công ty chính là thứ mà các buổi phỏng vấn giả dùng để đưa mã của họ vào máy bạn. Một ứng dụng quen thuộc bạn đã có, tải từ trang chính thức, không chạy thêm gì mới.
video-interview-link-choice-withdraw = Phỏng vấn giả đều bắt đầu từ đường dẫn trong email. Mình thôi nhé.

video-interview-own-page-reply = không, bên tôi phỏng vấn chỉ dùng { $app ->
    [meet] Google Meet
   *[other] Zoom
}, như hầu hết công ty. Đường dẫn chỉ mở nó thôi. Bạn cũng có thể tự mở ứng dụng rồi nhập mã cuộc họp trong lời mời.

video-interview-call-start = { $weekday ->
    [tuesday] Thứ Ba
   *[other] Thứ Năm
}, 10:00. Bạn bấm đường dẫn, và { $app ->
    [meet] Google Meet
   *[other] Zoom
} mở ra như mọi khi. { $recruiter } đã ở đó, bật camera. Hình của chính bạn vẫn đen: “Không có camera”.
video-interview-cam-fix = Chào buổi sáng! Tôi nghe bạn rõ nhưng chỉ thấy chữ viết tắt tên bạn 😅 chuyện này hay gặp lắm. Bạn bấm mũi tên nhỏ cạnh biểu tượng camera rồi chọn camera của bạn, có khi đang chọn nhầm cái khác. Hoặc thoát ra rồi vào lại. Nếu vẫn không được thì đừng lo: giờ mình nói qua điện thoại, video để hôm khác.

video-interview-fix-choice-settings = Để mình xem phần cài đặt camera trong ứng dụng. Không được thì gọi điện.
video-interview-fix-choice-tool = Có công cụ nhỏ nào sửa lỗi này không? Bạn gửi đi, mình chạy liền cho.
video-interview-fix-choice-tool-feedback = Kể cả từ một nhà tuyển dụng đàng hoàng, đừng bao giờ chạy công cụ hay lệnh ai đó gửi “để sửa camera”. Cách sửa thật nằm trong cài đặt của chính ứng dụng họp, trong việc vào lại, hoặc dời cuộc gọi.
video-interview-fix-choice-leave = [Rời cuộc gọi, chặn nhà tuyển dụng và báo cáo hồ sơ: “sửa camera” trong phỏng vấn là chiêu đã biết]

video-interview-tool-reply = không không, bên tôi không có công cụ nào hết, và bạn đừng bao giờ chạy thứ như vậy, của ai cũng vậy. Chỉ là cài đặt trong ứng dụng thôi, bạn thử mũi tên đi.
video-interview-cam-fixed = Trong phần cài đặt video của ứng dụng, một camera ảo cũ đang được chọn. Bạn chọn camera của laptop, và khuôn mặt bạn hiện lên.
video-interview-manager-hello = Chào bạn, xin lỗi, cuộc họp trước bị kéo dài. Ok, thấy bạn rồi. Mình bắt đầu với dự án gần nhất của bạn nhé?
video-interview-interview = Bốn mươi phút: bạn kể về dự án gần nhất, chia sẻ màn hình để đi qua đoạn code trong repository công khai của chính bạn, và trả lời câu hỏi của { $manager } về quản lý state. Camera bật, và ngoài ra không ai yêu cầu gì thêm.

video-interview-offer = Tin vui! 🎉 { $manager } và cả nhóm muốn gửi bạn lời mời làm việc. Hợp đồng sẽ gửi từ hệ thống HR trong tuần này, hai tuần nữa bắt đầu.
video-interview-offer-alt = chào bạn lần nữa, tôi có tin vui: { $manager } và cả nhóm rất thích buổi phỏng vấn của bạn, muốn gửi bạn lời mời làm việc. Hợp đồng sẽ gửi từ hệ thống HR trong tuần này, hai tuần nữa là bắt đầu nhé.
video-interview-proof = Trước khi ký, có thể bạn muốn kiểm tra bên tôi một chút, chuyện bình thường mà. Trang tuyển dụng có trong chữ ký của tôi, hồ sơ của tôi ở trên LinkedIn, và { $manager } có thể viết cho bạn từ email của anh ấy nếu bạn muốn.

video-interview-proof-choice-register = Cảm ơn nhé! Mình sẽ tra Wrenfield trong sổ đăng ký doanh nghiệp rồi gọi.
video-interview-proof-choice-register-feedback = Đó mới là bước kiểm tra có giá trị: một nguồn cô ấy không kiểm soát. Trang tuyển dụng, hồ sơ và email từ đồng nghiệp của cô ấy đều có thể do cùng một nhóm người làm ra, kể cả khi, như ở đây, chúng là thật.
video-interview-proof-choice-links = [Mở trang tuyển dụng và hồ sơ của cô ấy từ các đường dẫn trong chữ ký]
video-interview-proof-choice-links-feedback = Ở đây chúng là thật, nhưng trang tuyển dụng và hồ sơ chính là thứ các công ty bình phong dựng lên: tháng 6 năm 2025, nhà chức trách Mỹ đã thu giữ 21 trang web gian lận được làm cho giống doanh nghiệp thật. Hãy kiểm tra qua một nguồn cô ấy không kiểm soát.
video-interview-proof-choice-manager = Chỉ cần { $manager } gửi mình một email là đủ. Cảm ơn nhé!
video-interview-proof-choice-manager-feedback = Email từ đồng nghiệp của cô ấy đến từ chính công ty mà cô ấy đại diện, nên chỉ lặp lại điều cô ấy đã nói. Hãy tìm một nguồn họ không tự viết ra được: sổ đăng ký doanh nghiệp, một số điện thoại bạn tự tìm.

video-interview-links-check = Trang tuyển dụng có đăng vị trí này, và hồ sơ của cô ấy ghi bốn năm làm ở Wrenfield. Mọi thứ khớp, và bạn nhắn lại cho cô ấy như vậy.
video-interview-manager-mail = Một email từ { $manager } đến từ địa chỉ Wrenfield: lời mời là thật, và anh ấy mong được làm việc cùng bạn.
video-interview-own-check = Bạn tự tra Wrenfield Systems trong sổ đăng ký doanh nghiệp: đăng ký từ mười hai năm trước, đúng địa chỉ ghi trên trang web. Bạn gọi số tổng đài được ghi ở đó; bộ phận HR xác nhận lời mời và xác nhận { $recruiter } làm trong nhóm của họ.
video-interview-contract = Hợp đồng đến qua hệ thống ký điện tử của HR Wrenfield: tên bạn, toàn thời gian, { MONEY($monthly) } mỗi tháng, trả vào tài khoản ngân hàng của chính bạn. Laptop công ty sẽ được gửi đến bạn trước ngày bắt đầu.
video-interview-id-note = Hệ thống HR đề nghị bạn tải giấy tờ tùy thân lên đó. { $recruiter } ghi thêm: bản bạn gửi qua email trước đó đã được xóa.

video-interview-welcome = chào bạn, chào mừng vào team! Nói nhanh trước khi bạn bắt đầu: tháng này IT đang chậm vụ laptop, máy của bạn có khi ngày thứ ba mới tới.
video-interview-script-ask = Để khỏi mất mấy ngày đó: cuối tuần này bạn chạy giúp file setup.sh đính kèm trên laptop của bạn nhé. Nó cài dev tools với VPN của bên mình và thêm SSH key của bạn vào repo, tối đa 10 phút

video-interview-script-choice-it = Mình chờ laptop rồi cài cùng IT thì hơn. Máy mình đang giữ key của khách khác.
video-interview-script-choice-it-feedback = Đúng, và anh ấy đồng ý. Đừng bao giờ chạy script của nhà tuyển dụng trên máy có các tài khoản, key hay ví khác của bạn: công cụ công ty thuộc về thiết bị công ty, cài qua IT. Một script giả trông cũng y hệt script thật này.
video-interview-script-choice-run = Ok, thứ Bảy mình chạy luôn, để ngày đầu làm được việc.
video-interview-script-choice-read = Mình đọc qua trước đã, không thấy gì lạ thì chạy.
video-interview-script-choice-read-feedback = Một script có thể tải về và chạy thêm nhiều mã hơn những gì bạn đọc thấy, và việc đọc không thay đổi nơi nó chạy: trên chiếc máy chứa công việc của các khách hàng khác. Cài đặt của công ty thuộc về laptop công ty.

video-interview-it-reply = có lý, lỗi của mình. Bên bảo mật chắc cũng đồng ý với bạn 😅 Mình nhờ IT gửi laptop hỏa tốc, sáng ngày đầu bạn cài cùng họ nhé.
video-interview-ran = Script chạy mười phút. Nó cài hàng chục công cụ, một cấu hình VPN và một khóa truy cập Wrenfield lên laptop của chính bạn, ngay cạnh công việc của các khách hàng khác.

video-interview-laptop = Laptop công ty đến trước ngày bắt đầu. Sáng ngày đầu, một người bên IT Wrenfield cùng bạn cài đặt qua cuộc gọi: máy của họ, công cụ của họ, tài khoản mới của bạn.
video-interview-it-note = IT cũng đề nghị bạn xóa cấu hình VPN và khóa truy cập khỏi laptop cá nhân: quyền truy cập của công ty chỉ nằm trên thiết bị công ty. Lần này script là thật; một script giả trông cũng y hệt.
video-interview-first-day = Chào mừng vào team! Standup lúc 10 giờ, mình thêm bạn vào kênh ngay đây.

video-interview-hired = Bạn đã có việc, với chính danh tính của mình. Buổi phỏng vấn diễn ra trên một ứng dụng họp bạn vẫn dùng, cách sửa camera là một cài đặt trong ứng dụng đó, công ty kiểm tra được qua một nguồn nhà tuyển dụng không kiểm soát, còn công cụ của công ty thì thuộc về thiết bị công ty, cài qua IT.
video-interview-missed-video = Bạn đã bỏ lỡ một công việc thật. Thận trọng với camera là dễ hiểu; nhưng ở đây buổi phỏng vấn là với chính bạn, cho công việc bạn sẽ tự làm, ở một công ty bạn kiểm tra được. Dấu hiệu cảnh báo là khi bạn bị nhờ xuất hiện thay cho người khác.
video-interview-missed-link = Bạn đã bỏ lỡ một công việc thật. Kiểm tra đường dẫn cuộc họp là khôn ngoan, và đường dẫn này lẽ ra đã qua được: nó đến từ địa chỉ của công ty và mở một ứng dụng quen thuộc bạn đã có. Dấu hiệu cảnh báo là một ứng dụng họp hay một file riêng của họ mà bạn phải cài.
video-interview-missed-fix = Bạn đã rời một buổi phỏng vấn thật. Biết chiêu “sửa camera” là tốt, nhưng ở đây cách sửa vô hại: một cài đặt trong ứng dụng bạn vẫn dùng, hoặc nói chuyện qua điện thoại. Dấu hiệu cảnh báo là một lệnh phải dán hoặc một file phải chạy.

video-interview-fine-identity-docs = Bảng hỏi chỉ hỏi về công việc của bạn: stack, số năm kinh nghiệm, múi giờ, thời gian báo nghỉ, mức lương. Nhà tuyển dụng nào cũng hỏi vậy. Giấy tờ, đăng nhập và cài đặt mới là những thứ cho phép người khác hành động dưới tên bạn hoặc trên máy của bạn.
video-interview-fine-proxy-verification = Buổi phỏng vấn video bật camera là bình thường: đó là buổi gặp với chính bạn, cho công việc bạn sẽ tự làm, giống như với mọi ứng viên khác. Dấu hiệu cảnh báo là khi bạn bị nhờ xuất hiện, hay vượt qua một bước kiểm tra, thay cho người khác.
video-interview-fine-runs-their-code = Đường dẫn trong lời mời và cách sửa camera đều ổn: đường dẫn mở một ứng dụng quen thuộc bạn vẫn dùng, còn cách sửa là một cài đặt trong đó, không phải tải, dán hay chạy gì. Điều cần từ chối là mã của chính họ trên máy bạn: một ứng dụng họp của họ, một lệnh, một script.
